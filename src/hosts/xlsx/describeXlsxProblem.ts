import { archiveFixText } from "../../domain/archiveFixText";
import { archiveText } from "../../domain/archiveText";
import { csvValuesWords } from "../../domain/csvValuesWords";
import { rowCountText } from "../../domain/rowCountText";
import { fileKindWords, isOtherSpreadsheet } from "../../domain/fileKindWords";
import type { XlsxProblem, XlsxProblemCode } from "./XlsxReadError";
import { sheetCut } from "./sheetCut";

type Lang = "zh" | "en";
type Text = (p: NonNullable<XlsxProblem["params"]>) => string;

/** The zip's compression methods that are not Excel's, by their number (PKWARE APPNOTE 4.4.5); another is said by its number. */
const ZIP_METHODS: Record<number, string> = { 9: "Deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "XZ", 98: "PPMd" };
const method = (m: number | undefined, lang: Lang): string => ZIP_METHODS[m ?? 0] ?? (lang === "en" ? `method ${m ?? 0}` : `编号 ${m ?? 0}`);

const n = (x: number | undefined): string => (x ?? 0).toLocaleString("en");
const mb = (x: number | undefined): string => String((x ?? 0) / (1024 * 1024));

const ZH: Record<XlsxProblemCode, Text> = {
  empty_file: () => "文件是空的（0 字节），不是 .xlsx 文件",
  // each kind with what to do (trial42b F4: random bytes, a return with bytes put in front, a renamed CSV were told only 不是 .xlsx 文件)
  not_zip: (p) => {
    // a CSV renamed .xlsx: the words a file named .csv gets
    if (p.kind === "text") return `不是 .xlsx 文件（是文本文件，如 CSV），${csvValuesWords("zh")}`;
    const kind = fileKindWords(p.kind, "zh");
    // a web page saved as .xls is what many government systems export
    if (p.kind === "html") return `不是 .xlsx 文件（${kind ?? ""}），常见于从业务系统导出的“.xls”：请在 Excel 或 WPS 中打开后另存为 .xlsx；如是填报，请在下发的原表中重新填写`;
    // a spreadsheet saved as XML opens in Excel, WPS or LibreOffice, which save it as .xlsx
    if (kind && isOtherSpreadsheet(p.kind)) return `不是 .xlsx 文件（${kind}），请在 Excel、WPS 或 LibreOffice 中打开后另存为 .xlsx`;
    if (kind) return `不是 .xlsx 文件（${kind}），不是填报：请给出填报的 .xlsx 文件`;
    return "不是 .xlsx 文件（看不出是什么文件：可能已损坏，或在文件前面加进了别的内容）：如是填报，请在 Excel 或 WPS 中打开后另存为 .xlsx；打不开的，请用下发的原表重新填写";
  },
  // kind zip: a zip tool's password on the package's own parts, which neither Excel nor WPS opens: not damaged, to be sent without it
  encrypted: (p) => p.kind === "zip" ? "文件用压缩工具（如 7-Zip、WinRAR）设置了密码，不是 Excel 的打开密码，本工具和 Excel 都打不开（文件没有损坏）：请报送单位发送不设密码的原 .xlsx 文件"
    : p.kind === "ods" ? "是设置了打开密码的 OpenDocument 表格（.ods），请在 LibreOffice 或 WPS 中取消密码后另存为 .xlsx" : "文件已加密（设置了打开密码），请在 Excel 或 WPS 中取消密码后另存为 .xlsx",
  // kind early_excel: a bare BIFF2–4 file (sniffFileKind), older than the 97–2003 .xls
  old_xls: (p) => `${p.kind === "early_excel" ? "是早期 Excel（2.0–4.0）格式" : "是旧版 .xls 格式（Excel 97–2003）"}，请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx`,
  ole_unknown: () => "文件已加密（设置了打开密码）或是旧版 .xls 格式，请另存为无密码的 .xlsx",
  // a Word document or a presentation cannot be saved as .xlsx (trial42b F4); this tool's own report is named as such
  // Numbers does not 另存为 but exports; its files were told 文件已损坏或不是 .xlsx 工作簿 (SheetJS test_files' .numbers)
  other_package: (p) => p.kind === "plan_report" ? `${fileKindWords(p.kind, "zh") ?? ""}，不是填报：请给出各单位交回的填报文件（.xlsx）`
    : p.kind === "iwork" ? `不是 .xlsx 文件（${fileKindWords(p.kind, "zh") ?? ""}），是 Numbers 表格的，请在 Numbers 中用“文件 > 导出为 > Excel”存为 .xlsx`
    : `不是 .xlsx 文件（${fileKindWords(p.kind, "zh") ?? "是其他格式的压缩包"}），${isOtherSpreadsheet(p.kind) ? "请另存为 .xlsx" : "不是填报：请给出填报的 .xlsx 文件"}`,
  damaged_zip: () => "文件已损坏（压缩包结构不完整，可能未下载或复制完整），无法读取",
  // the zip is whole, written by a program or zip tool with a method Excel never writes: saving again as .xlsx is the way (trial42b F4)
  zip_method: (p) => `文件是 zip 压缩包，但用了 Excel 不写的压缩方式（${method(p.method, "zh")}），本工具读不了（文件不是不完整，是生成它的程序或压缩工具另选了压缩方式）：请在生成它的程序中打开后另存为 .xlsx；是报送单位发来的，请该单位在 Excel 或 WPS 中打开、另存为 .xlsx 后重新发送（Excel、WPS 保存的 .xlsx 都能读）`,
  no_workbook: () => "文件已损坏或不是 .xlsx 工作簿（压缩包中没有工作簿部件）",
  // the sheets are there but cannot be reached: damaged, or written by an old program, never "empty" (trial42b F3)
  no_sheets: (p) => p.kind === "beta"
    ? "是 Excel 2007 测试版（预发行版）的格式，不是正式的 .xlsx，本工具读不了其中的工作表：请在 Excel 中打开后另存为 .xlsx"
    : `文件已损坏或由旧程序写出：找不到工作簿中的工作表（${p.kind ? `工作簿部件 ${p.part ?? ""} 不是 .xlsx 的格式` : `部件 ${p.part ?? ""} 缺失或对不上`}），本工具读不了：请在 Excel 或 WPS 中打开后另存为 .xlsx；打不开的，请该单位重新发送`,
  archive: (p) => `${archiveText(p, "zh")}，${archiveFixText(p.password, "zh")}`,
  bad_xml: (p) => `文件已损坏：工作簿部件 ${p.part ?? ""} 不是格式正确的 XML（标签不完整、不配对或有非法字符）`,
  too_deep: (p) => `工作簿部件 ${p.part ?? ""} 的 XML 嵌套超过 ${n(p.limit)} 层上限`,
  too_many_entries: (p) => `压缩包内文件超过 ${n(p.limit)} 个上限`,
  part_too_big: (p) => `${p.part ?? ""} 解压后超过 ${mb(p.limit)} MB 上限（可能是压缩炸弹）`,
  total_too_big: (p) => `文件解压后超过 ${mb(p.limit)} MB 上限（可能是压缩炸弹）`,
  too_many_cells: (p) => `单元格超过 ${n(p.limit)} 个上限`,
  too_many_rows: (p) => `工作表「${p.sheet ?? ""}」超过 ${n(p.limit)} 行上限`,
  // the strings are one list for all sheets, read before any sheet: which sheet holds them cannot be told cheaply, so the
  // likely cause and the way out are said (trial42b F6); not "copy the return into a new workbook" (it loses the hidden sheet)
  too_many_shared_strings: (p) => `工作簿中不同的文字超过 ${n(p.limit)} 个（共享字符串），本工具读不了；填报表本身只有几千个，多出的多半在另加的工作表中（如粘贴的明细清单）：请删去该表，或用“移动或复制”把它移到新工作簿后保存，填报表留在原文件（不要把填报表复制到新工作簿：新工作簿没有填报表自带的隐藏工作表，不能再核对）；没有另加的表的，请在 Excel 或 WPS 中打开后保存一次再报送`,
  sheet_too_big: (p) => {
    // what to delete follows the numbers (sheetCut): rows below the table, or, in a sheet of few rows, what its rows hold (trial39c F8)
    const cut = sheetCut(p) === "columns" ? `该表只有${p.exact ? " " : ""}${rowCountText(p.rows ?? 0, p.exact, "zh")}，大的是各行的内容（列数过多或单元格中的内容过长），请删去表格右侧多余的列或过长的内容` : "请删去表格下方多余的行";
    return `${sheetOverZh(p)}，本工具读不了；${p.copy ? `${cut}，或把指标表复制到新工作簿后再导入` : p.ours ? `这是填报表本身的一张表，${cut}后保存（不要把它复制到新文件：新文件没有填报表自带的隐藏工作表，不能再核对）` : "请删去该表，或用“移动或复制”把该表移到新工作簿后保存（指标表留在原文件）"}`;
  },
};

/** 工作表「附表」120,099 行，超过 100,000 行 (约 where the count is not exact: rowCountText); …解压后超过 64 MB（约 300,000 行） */
function sheetOverZh(p: NonNullable<XlsxProblem["params"]>): string {
  const rows = p.rows ? rowCountText(p.rows, p.exact, "zh") : "";
  const s = `工作表「${p.sheet ?? ""}」`;
  if (p.over === "rows") return rows ? `${s}${rows}，超过 ${n(p.limit)} 行` : `${s}的行数超过 ${n(p.limit)} 行`;
  if (p.over === "cells") return `${s}${rows ? `（${rows}）` : ""}使工作簿的单元格超过 ${n(p.limit)} 个`;
  return `${s}解压后超过 ${mb(p.limit)} MB${rows ? `（${rows}）` : ""}`;
}

function sheetOverEn(p: NonNullable<XlsxProblem["params"]>): string {
  const rows = p.rows ? rowCountText(p.rows, p.exact, "en") : "";
  const s = `sheet "${p.sheet ?? ""}"`;
  if (p.over === "rows") return `${s} has ${rows || "rows"}, more than ${n(p.limit)}`;
  if (p.over === "cells") return `${s}${rows ? ` (${rows})` : ""} takes the workbook past ${n(p.limit)} cells`;
  return `${s} inflates to more than ${mb(p.limit)} MB${rows ? ` (${rows})` : ""}`;
}

const EN: Record<XlsxProblemCode, Text> = {
  empty_file: () => "the file is empty (0 bytes), not an .xlsx file",
  not_zip: (p) => {
    if (p.kind === "text") return `not an .xlsx file: a text file (a CSV, say) that ${csvValuesWords("en")}`;
    const kind = fileKindWords(p.kind, "en");
    if (p.kind === "html") return `not an .xlsx file (it is ${kind ?? ""}), as many government systems export an ".xls": open it in Excel or WPS and save it as .xlsx; if it is a return, fill in the distributed file again`;
    if (kind && isOtherSpreadsheet(p.kind)) return `not an .xlsx file (it is ${kind}): open it in Excel, WPS or LibreOffice and save it as .xlsx`;
    if (kind) return `not an .xlsx file (it is ${kind}) and not a return: give the return's .xlsx file`;
    return "not an .xlsx file (what it is cannot be told: it may be damaged, or have something put in front of it): if it is a return, open it in Excel or WPS and save it as .xlsx; if it does not open, fill in the distributed file again";
  },
  encrypted: (p) => p.kind === "zip" ? "the file is protected by a password set with a zip tool (7-Zip, WinRAR…), not Excel's password to open, so neither this tool nor Excel can open it (it is not damaged): ask the unit to send the original .xlsx without a password"
    : p.kind === "ods" ? "an OpenDocument spreadsheet (.ods) with a password to open: remove the password in LibreOffice or WPS and save as .xlsx" : "the file is encrypted (it has a password to open): remove the password in Excel or WPS and save as .xlsx",
  old_xls: (p) => `${p.kind === "early_excel" ? "an early Excel (2.0–4.0) workbook" : "an old .xls workbook (Excel 97–2003)"}: save it as .xlsx in Excel, WPS or LibreOffice`,
  ole_unknown: () => "the file is encrypted (a password to open) or an old .xls: save it as an .xlsx without a password",
  other_package: (p) => p.kind === "plan_report" ? `${fileKindWords(p.kind, "en") ?? ""}, not a return: give the returns the units sent back (.xlsx)`
    : p.kind === "iwork" ? `not an .xlsx file (it is ${fileKindWords(p.kind, "en") ?? ""}): if it is a Numbers spreadsheet, export it in Numbers with File > Export To > Excel as .xlsx`
    : `not an .xlsx file (it is ${fileKindWords(p.kind, "en") ?? "another kind of package"})${isOtherSpreadsheet(p.kind) ? ": save it as .xlsx" : " and not a return: give the return's .xlsx file"}`,
  damaged_zip: () => "the file is damaged (its zip structure is incomplete; was it fully downloaded or copied?)",
  zip_method: (p) => `the file is a zip compressed with a method Excel does not write (${method(p.method, "en")}), so this tool cannot read it (the file is not incomplete: the program or zip tool that made it chose that method): open it in the program that made it and save it as .xlsx; if a unit sent it, ask the unit to open it in Excel or WPS, save it as .xlsx and send it again (an .xlsx saved by Excel or WPS can be read)`,
  no_workbook: () => "the file is damaged or not an .xlsx workbook (the package has no workbook part)",
  no_sheets: (p) => p.kind === "beta"
    ? "a workbook in the pre-release (beta) format of Excel 2007, not a released .xlsx, so this tool cannot read its sheets: open it in Excel and save it as .xlsx"
    : `the file is damaged or was written by an old program: its sheets cannot be found (${p.kind ? `workbook part ${p.part ?? ""} is not in the .xlsx format` : `part ${p.part ?? ""} is missing or does not match`}), so this tool cannot read it: open it in Excel or WPS and save it as .xlsx; if it does not open, ask the unit to send it again`,
  archive: (p) => `${archiveText(p, "en")}: ${archiveFixText(p.password, "en")}`,
  // the parser's own words (params.detail) are not shown: the same user-level words as zh (trial42b F5: "(undefined entity.)")
  bad_xml: (p) => `the file is damaged: part ${p.part ?? ""} is not well-formed XML (a tag incomplete or not matched, or a character not allowed)`,
  too_deep: (p) => `part ${p.part ?? ""} nests XML elements deeper than ${n(p.limit)} levels`,
  too_many_entries: (p) => `the zip holds more than ${n(p.limit)} files`,
  part_too_big: (p) => `${p.part ?? ""} inflates to more than ${mb(p.limit)} MB (a zip bomb?)`,
  total_too_big: (p) => `the file inflates to more than ${mb(p.limit)} MB (a zip bomb?)`,
  too_many_cells: (p) => `more than ${n(p.limit)} cells`,
  too_many_rows: (p) => `sheet "${p.sheet ?? ""}" has more than ${n(p.limit)} rows`,
  too_many_shared_strings: (p) => `the workbook holds more than ${n(p.limit)} distinct texts (shared strings), too many for this tool; a return holds a few thousand, so the rest is most likely on a sheet added to it (a pasted detail list, say): delete that sheet, or move it to a new workbook with Move or Copy and save, leaving the return in this file (do not copy the return into a new workbook: that lacks the hidden sheet every return carries and cannot be checked); with no such sheet, open the file in Excel or WPS and save it once`,
  sheet_too_big: (p) => {
    const few = sheetCut(p) === "columns";
    const why = few ? `it has only ${rowCountText(p.rows ?? 0, p.exact, "en")}, so its size is in what they hold (too many columns, or over-long cell contents); ` : "";
    const cut = few ? "delete the extra columns to the right of its table, or the over-long contents" : "delete the extra rows below its table";
    return `${sheetOverEn(p)}, too large for this tool to read: ${p.copy ? `${why}${cut.replace("its table", "the table")}, or copy the indicator table into a new workbook and import that` : p.ours ? `it is one of the return's own sheets; ${why}${cut} and save (do not copy it into a new file: that lacks the hidden sheet every return carries and cannot be checked)` : "delete that sheet, or move it to a new workbook with Move or Copy and save (the indicator sheets stay in this file)"}`;
  },
};

/** One line saying why the file could not be read, in Chinese or English. */
export function describeXlsxProblem(p: XlsxProblem, lang: Lang = "zh"): string {
  return (lang === "en" ? EN : ZH)[p.code](p.params ?? {});
}
