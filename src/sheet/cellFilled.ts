import type { CellValue } from "../domain/CellValue";

/** Whether a cell holds anything a person typed: not empty, nor text of spaces only (a blank value cell reads as 未填报). */
export function cellFilled(v: CellValue): boolean {
  return v.type !== "empty" && !(v.type === "string" && v.text.trim() === "");
}
