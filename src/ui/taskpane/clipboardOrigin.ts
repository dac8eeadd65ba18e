import type { TableSource } from "../../import/TableSource";

/**
 * The program a paste was copied from, by the markers its clipboard HTML carries, so that the import's
 * messages say 从 Excel 复制的表格 instead of guessing 网页复制的表格; undefined when none is known
 * (a web page, a PDF reader, no HTML). WPS writes Excel's markers too, with its own generator, so it
 * is looked for first: `<meta name="Generator" content="WPS Office ET">` (WPS 表格), Excel
 * `xmlns:x="urn:schemas-microsoft-com:office:excel"` or `<meta name=ProgId content=Excel.Sheet>`,
 * LibreOffice `<meta name="generator" content="LibreOffice 7.6 …">`, Word `ProgId content=Word.Document`.
 */
export function clipboardOrigin(html: string): TableSource["copiedFrom"] {
  // only the head carries the markers; a large table's cells need not be searched
  const head = html.slice(0, 4000);
  const generator = /<meta\s[^>]*name\s*=\s*["']?generator["']?[^>]*content\s*=\s*["']?([^"'>]*)/i.exec(head)?.[1] ?? "";
  const progId = /<meta\s[^>]*name\s*=\s*["']?progid["']?[^>]*content\s*=\s*["']?([^"'\s>]*)/i.exec(head)?.[1] ?? "";
  if (/\b(WPS|Kingsoft)\b/i.test(generator)) return /\bET\b/.test(generator) || /^Excel\./i.test(progId) ? "wps" : undefined;
  if (/^Excel\./i.test(progId) || /urn:schemas-microsoft-com:office:excel/i.test(head) || /Microsoft Excel/i.test(generator)) return "excel";
  if (/\b(LibreOffice|OpenOffice)\b/i.test(generator)) return "libreoffice";
  if (/^Word\./i.test(progId) || /urn:schemas-microsoft-com:office:word/i.test(head) || /Microsoft Word/i.test(generator)) return "word";
  return undefined;
}
