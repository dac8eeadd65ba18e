import { readFileSync } from "node:fs";
import { extname } from "node:path";
import mammoth from "mammoth";
import { cellAsText, findIndicatorTable, gridToText } from "../import/gridText";
import { htmlTables } from "../import/htmlTables";
import { loadWorkbookFile } from "./loadWorkbookFile";

/**
 * The text of an indicator table for `plan-returns import`, from a text file (UTF-8), a sheet of
 * an .xlsx (`--sheet`, else the first sheet with an indicator header) or a table of a .docx
 * (`--table n`, 1-based, else the first table with an indicator header; read with mammoth) or of a
 * web page saved as .html / .htm (read as the .docx's HTML is).
 * Errors are one line: file, what was expected, what was found.
 */
export type TableText = { ok: true; text: string; from: string } | { ok: false; message: string };

export interface TableChoice {
  sheet?: string | undefined;
  table?: number | undefined;
}

export async function readTableFile(file: string, choice: TableChoice = {}): Promise<TableText> {
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return fromXlsx(file, choice);
  if (ext === ".docx") return fromDocx(file, choice);
  if (ext === ".html" || ext === ".htm") return fromHtmlFile(file, choice);
  if (ext === ".xls" || ext === ".doc") return { ok: false, message: `${file}：旧版 ${ext} 格式读不了，请另存为 ${ext}x` };
  try {
    return { ok: true, text: readFileSync(file, "utf8").replace(/^\ufeff/, ""), from: file };
  } catch {
    return { ok: false, message: `${file}：文件不存在或无法读取` };
  }
}

async function fromXlsx(file: string, choice: TableChoice): Promise<TableText> {
  const loaded = await loadWorkbookFile(file);
  if (!loaded.ok) return loaded;
  const sheets = loaded.grid.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(cellAsText)) }));
  let at: number;
  if (choice.sheet !== undefined) {
    at = sheets.findIndex((s) => s.name === choice.sheet);
    if (at < 0) return { ok: false, message: `${file}：没有名为“${choice.sheet}”的工作表（有：${sheets.map((s) => s.name).join("、")}）` };
  } else {
    at = findIndicatorTable(sheets.map((s) => s.rows));
    if (at < 0) at = 0;
  }
  const sheet = sheets[at];
  if (!sheet) return { ok: false, message: `${file}：工作簿中没有工作表` };
  return { ok: true, text: gridToText(sheet.rows), from: `${file}#${sheet.name}` };
}

async function fromDocx(file: string, choice: TableChoice): Promise<TableText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ path: file })).value;
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
    return { ok: false, message: `${file}：不是可读的 .docx 文件（${why}）` };
  }
  return fromHtml(file, html, choice);
}

/** A web page saved as .html (its tables read as a .docx's are; `--table` chooses one). */
function fromHtmlFile(file: string, choice: TableChoice): TableText {
  let html: string;
  try {
    html = readFileSync(file, "utf8");
  } catch {
    return { ok: false, message: `${file}：文件不存在或无法读取` };
  }
  return fromHtml(file, html, choice);
}

/** The indicator table (or the `--table` chosen) among the tables of an HTML text, as text. */
function fromHtml(file: string, html: string, choice: TableChoice): TableText {
  const tables = htmlTables(html);
  if (tables.length === 0) return { ok: false, message: `${file}：文档中没有表格` };
  let at: number;
  if (choice.table !== undefined) {
    at = choice.table - 1;
    if (at < 0 || at >= tables.length) return { ok: false, message: `${file}：--table 应为 1–${tables.length}，实际为 ${choice.table}` };
  } else {
    at = findIndicatorTable(tables.map((t) => t.rows));
    if (at < 0) at = 0;
  }
  const t = tables[at];
  if (!t) return { ok: false, message: `${file}：文档中没有表格` };
  const body = gridToText(t.rows);
  return { ok: true, text: t.caption === "" ? body : `${t.caption}\n${body}`, from: `${file}#表格${at + 1}` };
}
