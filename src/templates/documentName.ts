import { PASTED_DOCUMENT } from "./PASTED_DOCUMENT";

/**
 * The extensions of the files `import` reads a table from (cli/readTableFile: text, a sheet, a .csv, a
 * Word table, a saved web page), and the spreadsheets a table may come in: a `source.document` ending in one
 * is a file's name.
 */
const FILE_NAME = /\.(txt|text|tsv|csv|xlsx|xlsm|xls|et|ods|docx|doc|wps|html|htm|mht|mhtml)$/i;

/**
 * The plan document's name a template's source gives (`source.document`: import --document, or the plan's
 * name read above the table), or null where it holds one of import's stand-ins: the name of the file the
 * table was read from (the manager's own working file, 青川文旅.txt: trial34 F6) or 粘贴的表格文本
 * (PASTED_DOCUMENT). A name given that ends in a file's extension (--document 规划.docx) reads as a file's name.
 */
export function documentName(source: { document: string }): string | null {
  const d = source.document.trim();
  if (d === "" || d === PASTED_DOCUMENT || FILE_NAME.test(d)) return null;
  return d;
}
