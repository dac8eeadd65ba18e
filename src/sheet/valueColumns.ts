import { cellText } from "../domain/CellValue";
import { gridCell, type GridSheet } from "./Grid";
import { inKeyYear, KEY_ROW, parseTemplateMark } from "./keys";

/**
 * The 1-based value columns of a template's sheet, by its hidden key row: an indicator table's year inputs
 * (`in:2023`) and a project list's 累计完成投资 (`completed`), the cells a unit types its figures into; [] on
 * any other sheet (no template mark in A2). The one list of them for the check's linked_formula (linkedValues)
 * and the task pane's reader, which reads those columns' formulas only where one holds a formula (readWorkbookGrid).
 */
export function valueColumns(s: GridSheet): number[] {
  if (parseTemplateMark(cellText(gridCell(s, KEY_ROW, 1))) === null) return [];
  const row = s.rows[KEY_ROW - 1] ?? [];
  return row.flatMap((c, i) => (i > 0 && c.type === "string" && (inKeyYear(c.text) !== null || c.text === "completed") ? [i + 1] : []));
}
