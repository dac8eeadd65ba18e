import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { holdsNothingForYear } from "../sheet/holdsNothingForYear";
import { returnValues } from "./returnValues";
import type { ReturnBlank } from "./UnitFacts";

/**
 * Whether a return holds nothing for its year (holdsNothingForYear: no value and no 说明 giving a reason; null: it holds
 * one, or explains its blanks), and then whether it holds earlier years' values ("year") or none ("file").
 */
export function blankOf(grid: GridWorkbook, report: CheckReport): ReturnBlank | null {
  if (!holdsNothingForYear(report.items)) return null;
  return [...returnValues(grid, report).values()].some((v) => v.text !== "") ? "year" : "file";
}
