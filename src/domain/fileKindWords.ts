/**
 * What kind of file a file named .xlsx really is, in words: the one home for 是什么文件, used by check's reader line
 * (describeXlsxProblem: 不是 .xlsx 文件（是 Word 文档（.docx））) and by the line summary, report and rollover give a unit's
 * file (UnusableReason other_format, with the kind the reader found; a trial's Word document renamed .xlsx was called
 * 不是 .xlsx 格式，如 .ods、.xlsb、.et there and in the ledger's 备注). `kind`: the reader's (sniffFileKind, readXlsxZip's
 * other_package): pdf, html, text, ods, xlsb, docx, doc, pptx, iwork (Apple's Numbers, Pages or Keynote: Numbers exports .xlsx), xml2003 (Excel's XML 电子表格 2003), fods (LibreOffice's flat .fods), image, rar, 7z, plan_report (a .docx this tool wrote: its evaluation report,
 * said as a whole, 是本工具写出的评估报告（Word 文档）), recompressed (a workbook zipped with a method Excel does not write: zip_method); and, of a file named .docx (fileKindOf), xlsx, xls, empty. undefined for a kind not known.
 */
export function fileKindWords(kind: string | undefined, lang: "zh" | "en"): string | undefined {
  if (kind === undefined) return undefined;
  if (lang === "en") return KIND_EN[kind];
  const k = KIND_ZH[kind];
  // 是 before a kind: a space before a Latin word (是 Word 文档), as the other lines write .xlsx
  return k === undefined ? undefined : /^[A-Za-z0-9]/.test(k) ? `是 ${k}` : `是${k}`;
}

/** Whether a file of `kind` is a spreadsheet in another format (.ods, .xlsb, Numbers), which can be saved as .xlsx; a Word document, a PDF, an image cannot. */
export function isOtherSpreadsheet(kind: string | undefined): boolean {
  return kind === undefined || kind === "ods" || kind === "xlsb" || kind === "iwork" || kind === "xml2003" || kind === "fods" || kind === "recompressed";
}

const KIND_ZH: Record<string, string> = {
  pdf: "PDF 文件", html: "网页（HTML）", text: "文本文件", ods: "OpenDocument 表格（.ods）", xlsb: "Excel 二进制工作簿（.xlsb）",
  docx: "Word 文档（.docx）", doc: "Word 97–2003 文档（.doc）", xlsx: "Excel 工作簿（.xlsx）", xls: "旧版 Excel 工作簿（.xls）", empty: "空文件（0 字节）", pptx: "PowerPoint 演示文稿（.pptx）", iwork: "苹果 Numbers、Pages 或 Keynote 的文件", xml2003: "Excel 2003 XML 表格（XML 电子表格 2003）", fods: "OpenDocument 平面 XML 表格（.fods）", image: "图片", rar: "RAR 压缩包", "7z": "7z 压缩包",
  plan_report: "本工具写出的评估报告（Word 文档，.docx）", recompressed: "用 bzip2、LZMA 等 Excel 不写的压缩方式压缩的工作簿",
};
const KIND_EN: Record<string, string> = {
  pdf: "a PDF file", html: "a web page (HTML)", text: "a text file", ods: "an OpenDocument spreadsheet (.ods)", xlsb: "an Excel binary workbook (.xlsb)",
  docx: "a Word document (.docx)", doc: "a Word 97–2003 document (.doc)", xlsx: "an Excel workbook (.xlsx)", xls: "an old Excel workbook (.xls)", empty: "an empty file (0 bytes)", pptx: "a PowerPoint presentation (.pptx)", iwork: "a file of Apple's Numbers, Pages or Keynote", xml2003: "an Excel 2003 XML spreadsheet (XML Spreadsheet 2003)", fods: "a flat OpenDocument spreadsheet (.fods)", image: "an image", rar: "a RAR archive", "7z": "a 7z archive",
  plan_report: "an evaluation report this tool wrote (a Word document, .docx)", recompressed: "a workbook compressed with bzip2, LZMA or another method Excel does not write",
};
