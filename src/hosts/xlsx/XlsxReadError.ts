/**
 * Why an .xlsx could not be read, as coded data (the reader's kind of file and its limits).
 * Messages come from describeXlsxProblem (zh and en); `message` is the Chinese one, so code
 * that only shows `e.message` still says it in Chinese.
 */
export type XlsxProblemCode =
  | "empty_file"        // 0 bytes
  | "not_zip"           // neither a zip nor an OLE compound file (params.kind: pdf, html, text, …)
  | "encrypted"         // an OLE compound file holding EncryptionInfo / EncryptedPackage (a password to open); params.kind "ods": an .ods with a password; "zip": a zip whose entries a zip tool protected with a password (7-Zip, WinRAR, zip -P), not a plain archive of spreadsheets (that is `archive` with `password`)
  | "old_xls"           // an OLE compound file holding a BIFF Workbook stream (Excel 97–2003 .xls), or a bare BIFF file (params.kind early_excel: Excel 2.0–4.0)
  | "ole_unknown"       // an OLE compound file we cannot look into: encrypted or .xls
  | "other_package"     // a zip that is not a spreadsheet we read (params.kind: ods, xlsb, docx, pptx, iwork: Apple Numbers, Pages or Keynote)
  | "damaged_zip"       // the zip's structure is broken (truncated, bad offsets)
  | "zip_method"        // a zip whose entries are compressed with a method Excel does not write and JSZip cannot inflate (params.method: the zip's number, 12 bzip2, 14 LZMA, 9 Deflate64…; kind "recompressed")
  | "no_workbook"       // a zip without a workbook part
  | "no_sheets"         // a workbook part whose sheets cannot be reached: none of its sheets' parts is there (params.part: the first missing, the workbook's relationships part when that is missing), or the part is not SpreadsheetML (params.kind "beta": Excel 2007's pre-release namespace; "other")
  | "archive"           // a plain archive, not a package: a zip without [Content_Types].xml or a workbook part (params.inside: the spreadsheets it holds; params.password: its entries protected by a password), or a RAR or 7z file (params.kind rar, 7z)
  | "bad_xml"           // a part is not well-formed XML (params.part)
  | "too_deep"          // a part's elements nest deeper than maxXmlDepth (params.part)
  | "too_many_entries" | "part_too_big" | "total_too_big" | "too_many_cells" | "too_many_rows" | "too_many_shared_strings"
  | "sheet_too_big";    // a worksheet the command needs is past a limit, by its tab (params.sheet; over: which limit; rows: about how many; ours: a sheet of the return)

/** Which of ZIP_LIMITS a sheet passes: its part's inflated size, its rows, or the workbook's cells. */
export type SheetLimit = "bytes" | "rows" | "cells";

export interface XlsxProblem {
  code: XlsxProblemCode;
  /** part: a part name; sheet: a sheet name; limit: the limit broken; kind: what the file is; detail: the parser's own words (for a developer; never in a message, which says the same in zh and en); inside: the spreadsheets an archive holds, by their names in it; password: an archive's entries protected by a password; method: a zip entry's compression method (zip_method); rows: how many rows a sheet has (its last filled row where the whole part was inflated, `exact` then; else its dimension, else estimated from its head); over: which limit a sheet passes; ours: the sheet is one of a return's own (a template sheet, the cover, the metadata); copy: the sheet is a table to import, which may be copied into a new workbook */
  params?: { part?: string; sheet?: string; limit?: number; kind?: string; detail?: string; inside?: string[]; password?: boolean; method?: number; rows?: number; exact?: boolean; over?: SheetLimit; ours?: boolean; copy?: boolean };
}

/** The limit codes: a hostile or broken file, not a program's ordinary output. */
const LIMIT_CODES: ReadonlySet<XlsxProblemCode> = new Set(["too_deep", "too_many_entries", "part_too_big", "total_too_big", "too_many_cells", "too_many_rows", "too_many_shared_strings", "sheet_too_big"]);

export class XlsxReadError extends Error {
  override name = "XlsxReadError";
  constructor(readonly problem: XlsxProblem, message: string) {
    super(message);
  }
  get isLimit(): boolean {
    return LIMIT_CODES.has(this.problem.code);
  }
}

/** A file that breaks one of ZIP_LIMITS (docs/LIMITS.md). */
export class XlsxLimitError extends XlsxReadError {
  override name = "XlsxLimitError";
}
