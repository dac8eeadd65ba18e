import type ExcelJS from "exceljs";
import { FIRST_DATA_ROW, KEY_ROW } from "../../src/sheet/keys";

/** The 1-based column of `key` in a return sheet's hidden key row. */
export function keyColumn(ws: ExcelJS.Worksheet, key: string): number {
  let col = 0;
  ws.getRow(KEY_ROW).eachCell((c, i) => { if (c.value === key) col = i; });
  if (!col) throw new Error(key);
  return col;
}

/** The last column a person sees: the hidden id and formula columns follow 审核意见. */
export function lastVisible(ws: ExcelJS.Worksheet): number {
  let c = 1;
  while (c < ws.getRow(KEY_ROW).cellCount && !ws.getColumn(c + 1).hidden) c++;
  return c;
}

/**
 * Sorts the data rows (`rows` of them from row 4) over columns 1…`to` by their names, as a person's
 * 排序 of a selected block does: only those cells move, the columns beyond stay where they were.
 */
export function sortBlock(ws: ExcelJS.Worksheet, rows: number, to: number): void {
  const nameCol = keyColumn(ws, "name");
  const block = Array.from({ length: rows }, (_, i) => Array.from({ length: to }, (_x, c) => ws.getCell(FIRST_DATA_ROW + i, c + 1).value));
  block.sort((a, b) => String(a[nameCol - 1]).localeCompare(String(b[nameCol - 1]), "zh"));
  block.forEach((cells, i) => cells.forEach((v, c) => { ws.getCell(FIRST_DATA_ROW + i, c + 1).value = v; }));
}

/** A column 责任科室 inserted after the name, then only the visible block sorted (a manager's trial). */
export function insertAndSortVisible(ws: ExcelJS.Worksheet, rows: number): void {
  const at = keyColumn(ws, "name") + 1;
  ws.spliceColumns(at, 0, []);
  ws.getCell(3, at).value = "责任科室";
  sortBlock(ws, rows, lastVisible(ws));
}
