import type ExcelJS from "exceljs";
import { FIRST_DATA_ROW, KEY_ROW, parseTemplateMark } from "../../sheet/keys";
import { linesHeight } from "../../sheet/linesHeight";
import { wrappedLines } from "../../sheet/wrappedLines";
import { setNumFmt } from "./setNumFmt";

/** A value for one input of one row, found by template id, row id and column key. */
export interface InputEntry {
  template: string;
  id: string;
  /** column key: `in:2023`, `completed`, `state`, `evidence`, `note`, `assess`, `unit` … */
  key: string;
  value: ExcelJS.CellValue;
  /** a number format, as a person's app leaves it (`0%` after typing 50%) */
  numFmt?: string;
  /** a comment (批注) put on the cell, as a person adds one (rollover: last year's 累计完成投资 for reference) */
  note?: string;
}

/**
 * Types values into a plan-returns workbook the way a person would, locating cells by the
 * hidden keys and ids (never by position). Text in a wrapping cell makes its row tall enough
 * to show it whole (never lower): LibreOffice and WPS do not refit a row on opening, so a carried
 * sentence printed over the rows above and below. Returns the entries it could not place.
 */
export function fillInputs(wb: ExcelJS.Workbook, entries: InputEntry[]): InputEntry[] {
  const index = new Map<string, { ws: ExcelJS.Worksheet; cols: Map<string, number>; rows: Map<string, number> }>();
  wb.eachSheet((ws) => {
    const id = parseTemplateMark(ws.getCell(KEY_ROW, 1).value);
    if (id === null) return;
    const cols = new Map<string, number>();
    ws.getRow(KEY_ROW).eachCell((c, n) => { if (typeof c.value === "string") cols.set(c.value, n); });
    const rows = new Map<string, number>();
    const idCol = cols.get("id");
    if (idCol !== undefined) {
      for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
        const v = ws.getCell(r, idCol).value;
        if (typeof v === "string") rows.set(v, r);
      }
    }
    index.set(id, { ws, cols, rows });
  });
  const left: InputEntry[] = [];
  for (const e of entries) {
    const s = index.get(e.template);
    const r = s?.rows.get(e.id);
    const c = s?.cols.get(e.key);
    if (!s || r === undefined || c === undefined) { left.push(e); continue; }
    const cell = s.ws.getCell(r, c);
    cell.value = e.value;
    if (e.numFmt !== undefined) setNumFmt(cell, e.numFmt);
    if (e.note !== undefined) cell.note = e.note;
    if (typeof e.value === "string" && cell.alignment?.wrapText) {
      const row = s.ws.getRow(r);
      const need = linesHeight(wrappedLines(e.value, s.ws.getColumn(c).width ?? 8.43));
      if (need > (row.height ?? 15)) row.height = need;
    }
  }
  return left;
}
