import { cellText } from "../domain/CellValue";
import { gridCell, type GridWorkbook } from "../sheet/Grid";
import { APP_MARK, FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from "../sheet/keys";
import { SheetBuilder } from "../sheet/SheetBuilder";
import type { WorkbookPlan } from "../sheet/SheetPlan";

export const LEDGER_BOOK_SHEET = "报送台账";
/** A2 of the 报送台账 sheet `distribute` writes: the sheet is found by this mark, never by its name. */
export const LEDGER_BOOK_MARK = `${APP_MARK}:ledger`;
/** What a person may record by hand under 报送状态 (the summary's ledger derives it from the returns). */
export const LEDGER_STATES = ["未报", "已报", "退回", "通过"] as const;

/** One unit a return was distributed to. */
export interface LedgerUnit {
  unit: string;
  /** the return's file name as written (relative to the ledger's folder) */
  file: string;
  /** ISO date, "" when none was set */
  deadline: string;
  /** written under 备注 (rollover: why no file was made for the unit); none: left for the person */
  note?: string;
  /** what the person typed under 收到日期 (a date cell read as its ISO day), as read; absent when empty (summary: receivedDate) */
  received?: string;
}

/** What a 报送台账 workbook holds: the reporting year, the templates and the units. */
export interface LedgerBook {
  year: number;
  templates: string[];
  units: LedgerUnit[];
}

const COLUMNS: Array<[string, string, number]> = [
  ["no", "序号", 6], ["unit", "填报单位", 18], ["file", "下发文件", 30], ["deadline", "报送截止日期", 13],
  ["state", "报送状态", 10], ["received", "收到日期", 12], ["note", "备注", 24],
];

/**
 * The 报送台账 workbook `distribute` writes beside the returns: one row per unit (填报单位,
 * file, 报送截止日期, and 报送状态/收到日期/备注 for the person to keep by hand), the mark in the
 * hidden row 2 and, in hidden columns, the year and template ids `summary --ledger` reads back.
 */
export function ledgerBookPlan(book: LedgerBook): WorkbookPlan {
  const b = new SheetBuilder(LEDGER_BOOK_SHEET, "template");
  for (const [k, , w] of COLUMNS) b.addColumn(k, w);
  b.addColumn("year", 8, true);
  b.addColumn("templates", 20, true);
  b.value(1, 1, `${book.year}年度 报送台账（${book.units.length} 个单位）`, "title");
  b.sheet.merges.push("A1:G1");
  b.sheet.rowHeights[1] = 28;
  for (const [key, col] of b.columnKeys()) b.value(KEY_ROW, col, col === 1 ? LEDGER_BOOK_MARK : key, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);
  COLUMNS.forEach(([, label], i) => b.value(HEADER_ROW, i + 1, label, "header"));
  book.units.forEach((u, i) => {
    const r = FIRST_DATA_ROW + i;
    b.value(r, b.col("no"), i + 1, "text");
    b.value(r, b.col("unit"), u.unit, "text");
    b.value(r, b.col("file"), u.file, "text", { hyperlink: `./${encodeURIComponent(u.file)}` });
    b.value(r, b.col("deadline"), u.deadline, "text");
    b.value(r, b.col("state"), "未报", "inputText");
    b.value(r, b.col("received"), "", "inputText");
    b.value(r, b.col("note"), u.note ?? "", "inputText");
    b.value(r, b.col("year"), book.year, "hidden");
    b.value(r, b.col("templates"), book.templates.join(","), "hidden");
  });
  const last = FIRST_DATA_ROW + Math.max(book.units.length, 1) - 1;
  b.sheet.validations.push({
    range: `${b.letter("state")}${FIRST_DATA_ROW}:${b.letter("state")}${last}`, type: "list", list: [...LEDGER_STATES], errorStyle: "stop",
    promptTitle: "报送状态", prompt: LEDGER_STATES.join(" / "), errorTitle: "报送状态", error: "请从列表中选择报送状态。",
  });
  b.sheet.freeze = { rows: HEADER_ROW, columns: 0 };
  b.sheet.print = { landscape: false, fitToWidth: true, titleRows: `1:${HEADER_ROW}`, footer: "第 &P 页，共 &N 页" };
  return { sheets: [b.sheet], names: [] };
}

/**
 * Reads a 报送台账 back (found by its mark; columns by their keys, so a person's added
 * columns or sorted rows do not matter). Null when the workbook holds no ledger sheet.
 */
export function readLedgerBook(g: GridWorkbook): LedgerBook | null {
  const s = g.sheets.find((x) => cellText(gridCell(x, KEY_ROW, 1)) === LEDGER_BOOK_MARK);
  if (!s) return null;
  const cols = new Map<string, number>();
  (s.rows[KEY_ROW - 1] ?? []).forEach((v, i) => { const t = cellText(v); if (i > 0 && t) cols.set(t, i + 1); });
  const get = (r: number, k: string): string => {
    const c = cols.get(k);
    return c === undefined ? "" : cellText(gridCell(s, r, c)).trim();
  };
  const book: LedgerBook = { year: 0, templates: [], units: [] };
  for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) {
    const unit = get(r, "unit");
    if (!unit) continue;
    const note = get(r, "note");
    const received = get(r, "received");
    book.units.push({ unit, file: get(r, "file"), deadline: get(r, "deadline"), ...(note ? { note } : {}), ...(received ? { received } : {}) });
    const y = Number(get(r, "year"));
    if (!book.year && Number.isInteger(y) && y > 0) book.year = y;
    if (!book.templates.length && get(r, "templates")) book.templates = get(r, "templates").split(",");
  }
  return book;
}
