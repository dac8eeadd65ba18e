import { cellText } from "../domain/CellValue";
import { gridCell, type GridSheet } from "./Grid";
import { KEY_ROW, parseTemplateMark } from "./keys";
import { ownFormulaKeys } from "./ownFormulaKeys";

/**
 * The 1-based columns of a template's sheet that hold its visible own formulas (当年状态 and 进度: the
 * first two of ownFormulaKeys, those present in the key row), in that order; [] on any other sheet
 * (no template mark in A2). The task pane below ExcelApi 1.9 reads these columns' `formulas` to tell
 * a value pasted over a status formula (readWorkbookGrid), where Excel cannot say where formulas are.
 */
export function ownFormulaColumns(s: GridSheet): number[] {
  if (parseTemplateMark(cellText(gridCell(s, KEY_ROW, 1))) === null) return [];
  const row = s.rows[KEY_ROW - 1] ?? [];
  const at = (k: string): number => row.findIndex((c, i) => i > 0 && c.type === "string" && c.text === k);
  // the visible ones lead ownFormulaKeys whatever the kind; a reform list has no 进度 key
  return ownFormulaKeys("projects", []).map(at).filter((i) => i >= 0).map((i) => i + 1);
}
