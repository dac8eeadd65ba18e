import { commandArg } from "./commandArg";
import { commandPlaceholder } from "../domain/commandPlaceholder";
import { fileKindWords } from "../domain/fileKindWords";
import type { Lang } from "./fileMessages";

/** Why `import` cannot take a table from a file (readTableFile), as data until shown. */
export type TableFileProblemCode = "old_format" | "not_found" | "no_sheet_named" | "no_sheets" | "bad_docx_damaged" | "bad_docx_not_word" | "bad_docx_encrypted" | "no_tables" | "table_out_of_range" | "made_by_tool" | "bad_csv" | "sheet_too_large" | "text_too_large" | "not_workbook" | "own_report";

type Params = Record<string, string | number>;
const v = (p: Params, k: string): string => String(p[k] ?? "");

/** bad_csv's fault (csvQuoteFault): a quote left open on `line`, text after a closing quote on `line`, or neither found. */
const csvFaultZh = (p: Params): string => !p["line"] ? "CSV 文件的格式有误，读不成表格"
  : p["fault"] === "after_quote" ? `第 ${v(p, "line")} 行有一格在引号（"）结束后还有文字，读不成表格`
  : `第 ${v(p, "line")} 行的引号（"）没有配对，从这里到文件末尾会读成一个格子`;
const csvFaultEn = (p: Params): string => !p["line"] ? "the CSV file is malformed and cannot be read as a table"
  : p["fault"] === "after_quote" ? `on line ${v(p, "line")} a cell has text after its closing quote (")`
  : `the quote (") on line ${v(p, "line")} is never closed, so the rest of the file would read as one cell`;

const ZH: Record<TableFileProblemCode, (p: Params) => string> = {
  old_format: (p) => `${v(p, "file")}：旧版 ${v(p, "ext")} 格式读不了，请另存为 ${v(p, "ext")}x`,
  not_found: (p) => `${v(p, "file")}：文件不存在或无法读取`,
  no_sheet_named: (p) => `${v(p, "file")}：没有名为“${v(p, "sheet")}”的工作表（有：${v(p, "sheets")}）`,
  no_sheets: (p) => `${v(p, "file")}：工作簿中没有工作表`,
  // what was expected and what was found, never the zip reader's words (trial34 C4)
  bad_docx_damaged: (p) => `${v(p, "file")}：文件已损坏或不是 Word 文档（.docx），读不出文档内容，没有导入；请重新取得原文件（可能未下载或复制完整），或在 Word、WPS 中打开后另存为 .docx 再导入`,
  bad_docx_not_word: (p) => `${v(p, "file")}：应为 Word 文档（.docx），实际${fileKindWords(v(p, "kind"), "zh") ?? "不是"}，没有导入；请把扩展名改成与内容相符的（如 .txt、.xlsx）再导入，或导入规划原文的 Word 文档`,
  bad_docx_encrypted: (p) => `${v(p, "file")}：Word 文档设置了打开密码，读不出内容，没有导入；请在 Word 或 WPS 中取消密码后另存为 .docx 再导入`,
  no_tables: (p) => `${v(p, "file")}：文档中没有表格`,
  table_out_of_range: (p) => `${v(p, "file")}：--table 应为 1–${v(p, "count")}，实际为 ${v(p, "table")}${v(p, "found") ? `（文档中的表格：${v(p, "found")}）` : ""}`,
  // the line whose quote breaks the records (csvQuoteFault), not the parser's words (trial34 C4)
  bad_csv: (p) => `${v(p, "file")}：${csvFaultZh(p)}，没有导入；请${p["line"] ? "在该行补上或删去这个引号，或" : ""}用 Excel 或 WPS 打开，另存为 .xlsx 后再导入，或复制其中的指标表、粘贴为文本后导入`,
  sheet_too_large: (p) => `${v(p, "file")}：工作表的文字有 ${v(p, "chars")} 个字符，超过一张指标表的上限 ${v(p, "limit")}（最长的是 ${v(p, "cell")}，${v(p, "cellChars")} 个字符），不是规划的指标表，没有导入；请把指标表复制到新工作簿后导入，或用 --sheet 指定指标表所在的工作表`,
  text_too_large: (p) => `${v(p, "file")}：表格的文字有 ${v(p, "chars")} 个字符，超过一张指标表的上限 ${v(p, "limit")}，没有导入；请只复制规划中的指标表后导入`,
  // a file that is no workbook at all (the reader's not_zip or other_package, kind not a spreadsheet): import's own words, not check's
  // (which speak of returns: trial42b F4 gave them what to do for a return)
  not_workbook: (p) => `${v(p, "file")}：不是 .xlsx 工作簿（${fileKindWords(v(p, "kind"), "zh") ?? "看不出是什么文件"}），没有导入；${p["kind"] === "text" ? "如是 CSV 或文本的指标表，请把扩展名改成 .csv 或 .txt 再导入" : "请导入规划的指标表（.xlsx、.csv、.txt、.docx 或网页）"}`,
  // this tool's own evaluation report, .docx or renamed (isOwnReportCore): its table holds the plan's indicators, but no plan's years or targets to import
  own_report: (p) => `${v(p, "file")}：${fileKindWords("plan_report", "zh") ?? ""}，不是规划的指标表，没有导入；请导入规划原文中的指标表（.docx、.xlsx、.csv、.txt 或网页）`,
  made_by_tool: (p) => `${v(p, "file")}：这是本工具生成的填报工作簿（模板 ${v(p, "templates")}${v(p, "year") ? `，${v(p, "year")} 年度` : ""}），不是规划的指标表，没有导入；下一年度的填报请用 rollover（plan-returns rollover ${commandArg(v(p, "file"))} --year ${v(p, "next") || commandPlaceholder("年份")} --out ${commandPlaceholder("新文件.xlsx")}），要重做模板请导入规划原文的指标表，或用生成它的模板 JSON（template --from ${commandPlaceholder("模板.json")}）`,
};

const EN: Record<TableFileProblemCode, (p: Params) => string> = {
  old_format: (p) => `${v(p, "file")}: the old ${v(p, "ext")} format cannot be read; save it as ${v(p, "ext")}x`,
  not_found: (p) => `${v(p, "file")}: the file does not exist or cannot be read`,
  no_sheet_named: (p) => `${v(p, "file")}: no sheet named "${v(p, "sheet")}" (there are: ${v(p, "sheets")})`,
  no_sheets: (p) => `${v(p, "file")}: the workbook has no sheet`,
  bad_docx_damaged: (p) => `${v(p, "file")}: the file is damaged or not a Word document (.docx): its text cannot be read; nothing imported: get the original file again (was it fully downloaded or copied?), or open it in Word or WPS and save it as .docx, then import that`,
  bad_docx_not_word: (p) => `${v(p, "file")}: a Word document (.docx) was expected, but it is ${fileKindWords(v(p, "kind"), "en") ?? "another kind of file"}; nothing imported: give it the extension that matches what it holds (.txt, .xlsx…) and import it again, or import the plan's own Word document`,
  bad_docx_encrypted: (p) => `${v(p, "file")}: the Word document has a password to open, so its text cannot be read; nothing imported: remove the password in Word or WPS, save it as .docx and import that`,
  no_tables: (p) => `${v(p, "file")}: the document has no table`,
  table_out_of_range: (p) => `${v(p, "file")}: --table should be 1–${v(p, "count")}, found ${v(p, "table")}${v(p, "found") ? ` (the document's tables: ${v(p, "found")})` : ""}`,
  bad_csv: (p) => `${v(p, "file")}: ${csvFaultEn(p)}; nothing imported: ${p["line"] ? "add or delete that quote, or " : ""}open it in Excel or WPS and save it as .xlsx, then import that, or copy its indicator table and import it as text`,
  sheet_too_large: (p) => `${v(p, "file")}: the sheet holds ${v(p, "chars")} characters, more than an indicator table's limit of ${v(p, "limit")} (the longest cell is ${v(p, "cell")}, ${v(p, "cellChars")} characters); it is not a plan's indicator table, nothing imported: copy the indicator table into a new workbook and import that, or name its sheet with --sheet`,
  text_too_large: (p) => `${v(p, "file")}: the table's text holds ${v(p, "chars")} characters, more than an indicator table's limit of ${v(p, "limit")}; nothing imported: copy only the plan's indicator table and import that`,
  not_workbook: (p) => `${v(p, "file")}: not an .xlsx workbook (${fileKindWords(v(p, "kind"), "en") ?? "what it is cannot be told"}); nothing imported: ${p["kind"] === "text" ? "if it is an indicator table as CSV or text, give it the extension .csv or .txt and import it again" : "import the plan's indicator table (.xlsx, .csv, .txt, .docx or a web page)"}`,
  own_report: (p) => `${v(p, "file")}: ${fileKindWords("plan_report", "en") ?? ""}, not a plan's indicator table; nothing imported: import the indicator table of the plan's own text (.docx, .xlsx, .csv, .txt or a web page)`,
  made_by_tool: (p) => `${v(p, "file")}: this is a return made by plan-returns (template ${v(p, "templates")}${v(p, "year") ? `, year ${v(p, "year")}` : ""}), not a plan's indicator table; nothing imported: for next year's return use rollover (plan-returns rollover ${commandArg(v(p, "file"))} --year ${v(p, "next") || commandPlaceholder("year")} --out ${commandPlaceholder("new.xlsx")}); to make the template again, import the plan's own table or use the template JSON it was made from (template --from ${commandPlaceholder("template.json")})`,
};

/**
 * What the reader of a file did that the import should say, as data until shown (readTableFile's `said`):
 * `tables_joined`, a table continued on the next page as a table of its own read with the one before it, with
 * --table naming it too (a 续表 is the same table as printed), and how to undo it where it is another table: a title
 * of its own above it (continuedTable joins only a 续表 caption or none) (table, part: 1-based; caption: the
 * part's, "" when none; rows: the rows it added); `tables_left`, the
 * document's other tables not read (tables: their 1-based numbers joined by 、 or ", "; first: the first one).
 */
export type TableFileNoteCode = "tables_joined" | "tables_left";

const NOTE_ZH: Record<TableFileNoteCode, (p: Params) => string> = {
  tables_joined: (p) => `表格 ${v(p, "part")}${v(p, "caption") ? `（“${v(p, "caption")}”）` : `（表头与表格 ${v(p, "table")} 相同）`}与表格 ${v(p, "table")} 列数相同，是它在下一页的接续：已把它的 ${v(p, "rows")} 行接在表格 ${v(p, "table")} 之后读入（--table ${v(p, "table")} 也是这样）；如它是另一张表，请在它上方写上它自己的标题（如“表${v(p, "part")} …”）后重新导入，表格 ${v(p, "table")} 即单独读入。`,
  tables_left: (p) => `文档中另有 ${v(p, "count")} 张表格（表格 ${v(p, "tables")}）没有读入；如要导入其中一张，请加上 --table 序号（如 --table ${v(p, "first")}）重新导入。`,
};

const NOTE_EN: Record<TableFileNoteCode, (p: Params) => string> = {
  tables_joined: (p) => `Table ${v(p, "part")} (${v(p, "caption") ? `"${v(p, "caption")}"` : `table ${v(p, "table")}'s header repeated`}) has as many columns as table ${v(p, "table")} and continues it on the next page: its ${v(p, "rows")} rows were read after table ${v(p, "table")}'s (so does --table ${v(p, "table")}); if it is another table, write its own title above it (such as "表${v(p, "part")} …") and import again: table ${v(p, "table")} is then read alone.`,
  tables_left: (p) => Number(p["count"]) === 1
    ? `The document has 1 other table (table ${v(p, "tables")}) that was not read; to import it, import again with --table ${v(p, "first")}.`
    : `The document has ${v(p, "count")} other tables (tables ${v(p, "tables")}) that were not read; to import one of them, import again with --table and its number (e.g. --table ${v(p, "first")}).`,
};

/** What the reader of a file did (TableFileNoteCode), as one line in Chinese or English. */
export function tableFileNote(code: TableFileNoteCode, params: Params, lang: Lang = "zh"): string {
  return (lang === "en" ? NOTE_EN : NOTE_ZH)[code](params);
}

/** The one-line message of a table-file problem, in Chinese or English. */
export function tableFileMessage(code: TableFileProblemCode, params: Params, lang: Lang = "zh"): string {
  return (lang === "en" ? EN : ZH)[code](params);
}
