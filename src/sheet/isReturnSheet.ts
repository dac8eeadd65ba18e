import { cellText } from "../domain/CellValue";
import { COVER_MARK } from "./coverSheet";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { KEY_ROW, parseTemplateMark, UNIT_NAME, YEAR_NAME } from "./keys";
import { META_MARK } from "./metaSheet";

/** The header a template sheet keeps when its key row is gone (checkGrid's key_row_deleted looks for it in the first rows). */
const STATUS_HEADER = "当年状态";
const HEADER_ROWS = 6;

/**
 * Whether a sheet, told by its first rows (`head`: at least 6), is one of a return's own that a
 * command reads: the metadata sheet (A1), the cover or a template sheet (their A2 marks, a draft copy
 * of one included, so sheet_copy is still told), a template sheet whose key row was deleted (its
 * 当年状态 header), or the sheet the 报告年份 or 填报单位 name points to. Any other sheet (a
 * 企业名录 appended) is none of the return's: a reader may pass it over when it is past a limit.
 */
export function isReturnSheet(head: GridSheet, names: GridWorkbook["names"]): boolean {
  if (cellText(gridCell(head, 1, 1)) === META_MARK) return true;
  const mark = cellText(gridCell(head, KEY_ROW, 1));
  if (mark === COVER_MARK || parseTemplateMark(mark) !== null) return true;
  if (names[YEAR_NAME]?.sheet === head.name || names[UNIT_NAME]?.sheet === head.name) return true;
  return hasStatusHeader(head);
}

/** Whether a sheet's first rows hold the 当年状态 header of a template sheet (one whose key row was deleted, when it has no mark). */
export function hasStatusHeader(s: GridSheet): boolean {
  return s.rows.slice(0, HEADER_ROWS).some((row) => row?.some((c) => c.type === "string" && c.text === STATUS_HEADER));
}
