import { unescapeXstring } from "./unescapeXstring";

const CRLF = /\r\n/g;

/**
 * The text of a string cell as stored (a shared string, an inline string, a formula's string
 * result): Excel's _xHHHH_ escapes undone (unescapeXstring), and a line break written as CR LF
 * read as the LF that every spreadsheet shows it as. Excel keeps a pasted CR LF as `_x000D_` and a
 * line feed, LibreOffice drops the CR on saving, and XML itself reads a literal CR LF as LF: the
 * same 说明 must read the same before and after a re-save (a locked return's 说明 read as changed,
 * a decided review row as 待复核). A CR alone is kept, as LibreOffice keeps it.
 */
export function cellString(stored: string): string {
  const s = unescapeXstring(stored);
  return s.indexOf("\r\n") === -1 ? s : s.replace(CRLF, "\n");
}
