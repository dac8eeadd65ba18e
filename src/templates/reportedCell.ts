import type { CellValue } from "../domain/CellValue";
import { str } from "../domain/CellValue";
import { parseTarget } from "../domain/parseTarget";

/**
 * A result the plan itself reports (舟山 表1 完成情况), as a person would type it into the
 * return: a plain number is a number; a five-year total `[12.3]` in a cumulative row is
 * entered as one amount in the final year (the plan gives no yearly split); anything else
 * (`>96`, `80%`) is typed as the text it is, so the checks flag it as the plan wrote it.
 */
export function reportedCell(written: string, cumulative: boolean): CellValue {
  const t = parseTarget(written);
  if (t.kind === "point" && /^[\d.\s]+$/.test(written)) return { type: "number", value: t.value };
  if (cumulative && t.kind === "cumulative") return { type: "number", value: t.value };
  return str(written);
}
