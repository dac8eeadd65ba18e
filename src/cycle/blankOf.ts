import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { returnValues } from "./returnValues";
import type { ReturnBlank } from "./UnitFacts";

/** Whether a return holds no value for its year (null: it holds one), and then whether it holds any at all ("year") or none ("file"). */
export function blankOf(grid: GridWorkbook, report: CheckReport): ReturnBlank | null {
  if (report.items.some((i) => (i.value ?? "") !== "")) return null;
  return [...returnValues(grid, report).values()].some((v) => v.text !== "") ? "year" : "file";
}
