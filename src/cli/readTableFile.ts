import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { Readable } from "node:stream";
import mammoth from "mammoth";
import { findPlanTable, gridLines } from "../import/gridText";
import { cellAsText } from "../domain/cellAsText";
import { excelClipboardText } from "../import/excelClipboardText";
import { htmlTables } from "../import/htmlTables";
import { MAX_TABLE_CHARS } from "../import/MAX_TABLE_CHARS";
import type { TableSource } from "../import/TableSource";
import { a1 } from "../sheet/a1";
import { readMeta, readYear } from "../sheet/checkGrid";
import type { Lang } from "./fileMessages";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { cellText } from "../domain/CellValue";
import { gridCell, type GridSheet } from "../sheet/Grid";
import { META_MARK } from "../sheet/metaSheet";
import { describeXlsxProblem, ZIP_LIMITS } from "../hosts/xlsx/readXlsxZip";
import { fileKindOf } from "../hosts/xlsx/fileKindOf";
import { lockedName } from "../hosts/lockedName";
import { isOtherSpreadsheet } from "../domain/fileKindWords";
import { tableFileMessage, type TableFileNoteCode, type TableFileProblemCode } from "./tableFileMessages";
import { continuedTable } from "../import/continuedTable";
import { csvQuoteFault } from "./csvQuoteFault";
import { docxFault } from "./docxFault";
import { isOwnReportDocx } from "./isOwnReportDocx";
import { docxWithScripts } from "./raisedRunsAsScripts";

/**
 * The text of an indicator table for `plan-returns import`, from a text file (UTF-8), a sheet of
 * an .xlsx (`--sheet`, else the first sheet with an indicator header) or a table of a .docx
 * (`--table n`, 1-based, else the first table with an indicator header; read with mammoth) or of a
 * web page saved as .html / .htm (read as the .docx's HTML is), or a .csv (its records, read as
 * Excel reads them: quoted cells with commas, quotes or line breaks; encoded as a text file is).
 * Errors are one line: file, what was expected, what was found. A workbook this tool made (it has
 * the metadata sheet) is refused: its sheets are a return, whose actuals would read as yearly targets.
 * `source` says what the text was made from and which row each line is, so the import names the
 * sheet's or the table's own rows.
 */
export type TableText =
  /** `names`: for a .docx or .html table, the names its document gives itself before it (HtmlTable.names: headings, first paragraph, <title>) */
  | { ok: true; text: string; from: string; source: TableSource; names?: string[]; said?: TableFileNote[] }
  | { ok: false; message: string };

/** What the reader did that the import says after its own lines (tableFileNote): a 续表 joined, other tables left. */
export interface TableFileNote { code: TableFileNoteCode; params: Record<string, string | number> }

export interface TableChoice {
  sheet?: string | undefined;
  table?: number | undefined;
  /** the language of the one-line refusals */
  lang?: Lang;
}

const refuse = (code: TableFileProblemCode, params: Record<string, string | number>, choice: TableChoice): TableText =>
  ({ ok: false, message: tableFileMessage(code, params, choice.lang) });

export async function readTableFile(file: string, choice: TableChoice = {}): Promise<TableText> {
  const read = await readTable(file, choice);
  // a text past the bound: one line, not minutes (a sheet's own bound is said by fromXlsx with its cell)
  if (read.ok && read.text.length > MAX_TABLE_CHARS) return refuse("text_too_large", { file: read.from, chars: read.text.length.toLocaleString("en"), limit: MAX_TABLE_CHARS.toLocaleString("en") }, choice);
  return read;
}

async function readTable(file: string, choice: TableChoice): Promise<TableText> {
  const ext = extname(file).toLowerCase();
  // a workbook's lock file (LibreOffice's .~lock.x.xlsx# is text): the reader names it as every command does, not read as a pasted table
  if (ext === ".xlsx" || ext === ".xlsm" || /\.xls[xm]$/i.test(lockedName(basename(file))?.target ?? "")) return fromXlsx(file, choice);
  if (ext === ".docx") return fromDocx(file, choice);
  if (ext === ".html" || ext === ".htm") return fromHtmlFile(file, choice);
  if (ext === ".xls" || ext === ".doc") return refuse("old_format", { file, ext }, choice);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return refuse("not_found", { file }, choice);
  }
  // a workbook or another binary file under any other name (.ods, .xlsb, .xltx, .et, a PDF):
  // the reader says what it is, never "no indicator header" over its bytes read as text
  if (!looksLikeText(bytes)) return fromXlsx(file, choice);
  // a spreadsheet saved as XML (Excel 2003's, a flat .fods) is text too, but no table to read as pasted: the reader's line
  const kind = fileKindOf(bytes);
  if (kind === "xml2003" || kind === "fods") return fromXlsx(file, choice);
  if (ext === ".csv") return fromCsv(file, bytes, choice);
  return fromText(decodeText(bytes), file);
}

/**
 * A text file: as pasted, unless it is a copy from Excel or WPS whose quoted cells hold line breaks,
 * tabs or quotes (excelClipboardText): then its rows are read as cells, each named by the file's line it
 * starts on, and the messages say the table was copied from a spreadsheet.
 */
function fromText(text: string, file: string): TableText {
  const quoted = excelClipboardText(text);
  if (quoted === null) return { ok: true, text, from: file, source: { kind: "paste" } };
  return { ok: true, text: quoted.text, from: file, source: { kind: "paste", rows: quoted.pastedRows, lastRows: quoted.pastedLastRows, copiedFrom: "spreadsheet" } };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Text saved by a person's editor: UTF-8 (with or without a BOM), UTF-16 with its BOM (Notepad's
 * "Unicode"), or else GB18030, a superset of the GBK that Notepad on Chinese Windows saves as
 * "ANSI" (one of the three always decodes; a GBK file is never valid UTF-8 past its first CJK character).
 */
function decodeText(b: Buffer): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  try {
    return UTF8.decode(b).replace(/^\ufeff/, "");
  } catch {
    return new TextDecoder("gb18030").decode(b);
  }
}

/** Text, not a binary file: a UTF-16 BOM, or no NUL byte and no zip, OLE or PDF signature in its start. */
function looksLikeText(b: Buffer): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const head = b.subarray(0, 4).toString("latin1");
  if (head === "PK\x03\x04" || head === "PK\x05\x06" || head === "%PDF" || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)) return false;
  return !b.subarray(0, 8192).includes(0);
}

/**
 * A .csv's records as a sheet's rows (gridLines), its cells as written (0.60 stays 0.60, as a
 * paste keeps it). Read by ExcelJS's CSV reader (fast-csv), already a dependency and loaded only
 * here; a line split on commas would cut "〔5.6〕,约束性" quoted cells and 1,000 apart.
 */
async function fromCsv(file: string, bytes: Buffer, choice: TableChoice): Promise<TableText> {
  const ExcelJS = (await import("exceljs")).default;
  let rows: string[][];
  try {
    const ws = await new ExcelJS.Workbook().csv.read(Readable.from([decodeText(bytes)]), { map: (cell: unknown) => cell });
    rows = Array.from({ length: ws.rowCount }, (_, r) => {
      const values = ws.getRow(r + 1).values;
      return Array.isArray(values) ? Array.from(values.slice(1), (c) => (typeof c === "string" ? c : "")) : [];
    });
  } catch {
    // the parser's words never reach the user: the line whose quote breaks the records (trial34 C4)
    const fault = csvQuoteFault(decodeText(bytes));
    return refuse("bad_csv", { file, ...(fault ? { line: fault.line, fault: fault.kind } : {}) }, choice);
  }
  const { text, rows: at } = gridLines(rows);
  return { ok: true, text, from: file, source: { kind: "csv", rows: at } };
}

async function fromXlsx(file: string, choice: TableChoice): Promise<TableText> {
  // a sheet past the reader's limits is passed over unless it is the one asked for (or our metadata,
  // which refuses a return): a 120,000-row sheet beside the plan's table no longer refuses the file
  const asked = choice.sheet;
  const loaded = await loadWorkbookFile(file, choice.lang, { needs: (head) => head.name === asked || cellText(gridCell(head, 1, 1)) === META_MARK });
  if (!loaded.ok) {
    // no workbook at all (a PDF, a Word document, a CSV named .xlsx): what an import can do, not what a return's sender can
    const kind = loaded.problem?.params?.kind;
    // this tool's own report named .xlsx: said as of the .docx (trial42d F2)
    if (kind === "plan_report") return refuse("own_report", { file }, choice);
    // (a web page or an XML spreadsheet saved as .xlsx keeps the reader's line: open it in Excel or WPS and save it as .xlsx)
    if ((loaded.reason === "not_zip" && kind !== "html" && kind !== "xml2003" && kind !== "fods") || (loaded.reason === "other_package" && !isOtherSpreadsheet(kind))) return refuse("not_workbook", { file, ...(kind ? { kind } : {}) }, choice);
    // the sheet asked for is too large: what to do is an import's (copy the table into a new workbook)
    const p = loaded.problem?.code === "sheet_too_big" ? loaded.problem.params : undefined;
    return p?.sheet && p.over ? { ok: false, message: sheetTooBig(file, p.sheet, { over: p.over, ...(p.rows ? { rows: p.rows } : {}) }, choice.lang) } : loaded;
  }
  const meta = readMeta(loaded.grid);
  if (meta !== null) {
    const year = readYear(loaded.grid);
    const templates = "templates" in meta ? meta.templates.map((t) => t.id).join(choice.lang === "en" ? ", " : "、") : "";
    return refuse("made_by_tool", { file, templates: templates || "?", year: year ?? "", next: year === null ? "" : year + 1 }, choice);
  }
  const sheets = loaded.grid.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(cellAsText)) }));
  const size = sheets.map((s) => sheetSize(s.rows));
  let at: number;
  // where no sheet has a header, the first with contents is refused, not an empty one before it (WPS's blank Sheet1)
  const filled = sheets.map((s) => s.rows.some((r) => r.some((c) => c.trim() !== "")));
  let searched: number | undefined;
  if (choice.sheet !== undefined) {
    at = sheets.findIndex((s) => s.name === choice.sheet);
    if (at < 0) return refuse("no_sheet_named", { file, sheet: choice.sheet, sheets: sheets.map((s) => s.name).join(choice.lang === "en" ? ", " : "、") }, choice);
  } else {
    // a sheet past the bound is no indicator table; searching its text for a header took hours (MAX_TABLE_CHARS)
    at = findPlanTable(sheets.map((s, i) => ((size[i]?.chars ?? 0) > MAX_TABLE_CHARS ? [] : s.rows)));
    if (at < 0) {
      at = Math.max(0, filled.indexOf(true));
      searched = filled.filter(Boolean).length;
    }
  }
  const sheet = sheets[at];
  if (!sheet) return refuse("no_sheets", { file }, choice);
  const passed = loaded.grid.sheets[at]?.notRead;
  if (passed) return { ok: false, message: sheetTooBig(file, sheet.name, passed, choice.lang) };
  const big = size[at];
  if (big && big.chars > MAX_TABLE_CHARS) {
    return refuse("sheet_too_large", { file: `${file}#${sheet.name}`, chars: big.chars.toLocaleString("en"), limit: MAX_TABLE_CHARS.toLocaleString("en"), cell: big.longestCell, cellChars: big.longestChars.toLocaleString("en") }, choice);
  }
  const { text, rows } = gridLines(sheet.rows);
  return { ok: true, text, from: `${file}#${sheet.name}`, source: { kind: "sheet", rows, ...(searched && searched > 1 ? { searched } : {}) } };
}

async function fromDocx(file: string, choice: TableChoice): Promise<TableText> {
  let bytes: Uint8Array;
  try { bytes = readFileSync(file); } catch { return refuse("not_found", { file }, choice); }
  // this tool's own evaluation report: its table is no plan's, though it has indicator rows (trial42d F2)
  if (await isOwnReportDocx(bytes)) return refuse("own_report", { file }, choice);
  let html: string;
  try {
    // a superscript saved as a raised run (LibreOffice, WPS) read as one (raisedRunsAsScripts)
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(await docxWithScripts(bytes)) })).value;
  } catch {
    // why, from the bytes (docxFault), never the zip reader's words with its URL (trial34 C4)
    const { code, ...params } = docxFault(bytes);
    return refuse(code, { file, ...params }, choice);
  }
  return fromHtml(file, html, choice, "docx");
}

/** A web page saved as .html (its tables read as a .docx's are; `--table` chooses one). */
function fromHtmlFile(file: string, choice: TableChoice): TableText {
  let html: string;
  try {
    html = readFileSync(file, "utf8");
  } catch {
    return refuse("not_found", { file }, choice);
  }
  return fromHtml(file, html, choice, "html");
}

/**
 * The indicator table (or the `--table` chosen) among the tables of an HTML text, as text, with the tables
 * right after it that continue it (continuedTable: a 续表 on the next page) read as its rows; `said`: those
 * joined, and the document's other tables not read (trial40b F14: a 续表's rows were lost without a word).
 */
function fromHtml(file: string, html: string, choice: TableChoice, kind: "docx" | "html"): TableText {
  const tables = htmlTables(html);
  if (tables.length === 0) return refuse("no_tables", { file }, choice);
  let at: number;
  if (choice.table !== undefined) {
    at = choice.table - 1;
    // what each table is (its caption, else its first cells), so the number to give can be seen (trial40b F12)
    const found = tables.slice(0, 9).map((t, i) => `${i + 1}「${[...(t.caption.split("\n")[0] || (t.rows[0] ?? []).filter((c) => c !== "").slice(0, 3).join(" "))].slice(0, 24).join("")}」`).join(choice.lang === "en" ? ", " : "、");
    if (at < 0 || at >= tables.length) return refuse("table_out_of_range", { file, count: tables.length, table: choice.table, found }, choice);
  } else {
    at = findPlanTable(tables.map((t) => t.rows));
    if (at < 0) at = 0;
  }
  const joined = continuedTable(tables, at);
  if (!joined) return refuse("no_tables", { file }, choice);
  const t = joined.table;
  const body = gridLines(t.rows);
  // the caption (the paragraph before the table) is named as the table's first row, its notes after its last
  const caption = t.caption === "" ? [] : t.caption.split("\n");
  const notes = t.notes.flatMap((n) => n.split("\n"));
  const after = (body.rows[body.rows.length - 1] ?? 0) + 1;
  const said: TableFileNote[] = joined.added.map((a, k) => ({ code: "tables_joined", params: { table: at + 1, part: (joined.parts[k + 1] ?? 0) + 1, caption: a.caption, rows: a.rows } }));
  // the other tables a person sees (a row or more of two cells or more), when none was asked for: which, and how to read one
  const left = choice.table === undefined ? tables.flatMap((o, i) => (joined.parts.includes(i) || !o.rows.some((r) => r.filter((c) => c !== "").length >= 2) ? [] : [i + 1])) : [];
  if (left.length > 0) said.push({ code: "tables_left", params: { count: left.length, tables: left.join(choice.lang === "en" ? ", " : "、"), first: left[0] ?? 1 } });
  const last = joined.parts[joined.parts.length - 1] ?? at;
  const from = `${file}#表格${at + 1}${last === at ? "" : `–${last + 1}`}`;
  return { ok: true, text: [...caption, body.text, ...notes].join("\n"), from, source: { kind, rows: [...caption.map(() => 1), ...body.rows, ...notes.map(() => after)] }, names: t.names, ...(said.length > 0 ? { said } : {}) };
}

/** The reader's line on a sheet it passed over, as if it had been asked for: the file, the sheet by its tab, the limit, what to do. */
function sheetTooBig(file: string, sheet: string, passed: NonNullable<GridSheet["notRead"]>, lang: Lang = "zh"): string {
  const limit = passed.over === "bytes" ? ZIP_LIMITS.maxEntryBytes : passed.over === "rows" ? ZIP_LIMITS.maxRows : ZIP_LIMITS.maxCells;
  const line = describeXlsxProblem({ code: "sheet_too_big", params: { sheet, over: passed.over, limit, copy: true, ...(passed.rows ? { rows: passed.rows, ...(passed.exact ? { exact: true } : {}) } : {}) } }, lang);
  return lang === "en" ? `${file}: cannot read: ${line}` : `${file}：无法读取，${line}`;
}

/** A sheet's characters in all, and its longest cell (A1) with its length: what a refusal names. */
function sheetSize(rows: ReadonlyArray<ReadonlyArray<string>>): { chars: number; longestCell: string; longestChars: number } {
  let chars = 0;
  let longestCell = "A1";
  let longestChars = 0;
  rows.forEach((row, r) => row.forEach((c, col) => {
    chars += c.length;
    if (c.length > longestChars) { longestChars = c.length; longestCell = a1(r + 1, col + 1); }
  }));
  return { chars, longestCell, longestChars };
}
