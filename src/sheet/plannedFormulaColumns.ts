import type { CellValue } from "../domain/CellValue";
import { parseA1 } from "./a1";
import { KEY_ROW } from "./keys";
import { ownFormulaColumns } from "./ownFormulaColumns";
import type { PlannedSheet } from "./SheetPlan";

/**
 * The 1-based columns of a planned template sheet that will hold its visible own formulas, as
 * ownFormulaColumns finds them in the sheet once written (its key row: the template mark in A2 and
 * the column keys); [] for a sheet of any other role. The task pane knows them before it reads
 * (below ExcelApi 1.9 their `formulas` are read with the values: readWorkbookGrid).
 */
export function plannedFormulaColumns(sheet: PlannedSheet): number[] {
  if (sheet.role !== "template") return [];
  const key: CellValue[] = [];
  for (const c of sheet.cells) {
    const at = parseA1(c.address);
    if (at?.row === KEY_ROW && typeof c.value === "string") key[at.col - 1] = { type: "string", text: c.value };
  }
  const row = Array.from(key, (c): CellValue => c ?? { type: "empty" });
  return ownFormulaColumns({ name: sheet.name, visible: true, rows: Array.from({ length: KEY_ROW }, (_x, i) => (i === KEY_ROW - 1 ? row : [])) });
}
