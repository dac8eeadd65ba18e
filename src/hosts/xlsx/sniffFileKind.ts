import { cfbStreamNames } from "./cfbStreamNames";
import { xlsxProblem } from "./xlsxProblem";

const starts = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OTHER: Array<[number[], string]> = [
  [ascii("%PDF"), "pdf"], [ascii("Rar!"), "rar"], [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "7z"],
  [[0x89, 0x50, 0x4e, 0x47], "image"], [[0xff, 0xd8, 0xff], "image"], [ascii("GIF8"), "image"],
];

/**
 * A workbook of Excel 2.x–4.0 (or a BIFF5 stream saved bare): no OLE container, the bytes open
 * with the BOF record, type 0x0009, 0x0209, 0x0409 or 0x0809 and its length (4, 6, 8 or 16).
 * "early" for the first three (BIFF2, BIFF3, BIFF4: Excel 2.0–4.0, not the 97–2003 .xls a
 * message would otherwise name), "bare" for 0x0809, null for none.
 */
function biffStart(b: Uint8Array): "early" | "bare" | null {
  if (!(b.length >= 8 && b[0] === 0x09 && (b[1] === 0x00 || b[1] === 0x02 || b[1] === 0x04 || b[1] === 0x08) && b[3] === 0x00 && [4, 6, 8, 16].includes(b[2] ?? 0))) return null;
  return b[1] === 0x08 ? "bare" : "early";
}

/**
 * Tells what kind of file the bytes are before the zip is opened, and throws the reader's coded
 * problem for anything that is not a zip: empty, an OLE compound file (an encrypted .xlsx keeps
 * its package in an EncryptedPackage stream; an old .xls has a Workbook or Book stream), PDF,
 * a bare BIFF workbook of Excel 2.x–4.0, a RAR or 7z archive (`archive`: a return sent packed, its directory not read), a web page,
 * a spreadsheet saved as XML (Excel 2003's, `xml2003`; LibreOffice's flat .fods, `fods`), text. Returns for a zip (local file header, or the end record of an empty zip).
 */
export function sniffFileKind(b: Uint8Array): void {
  if (b.length === 0) throw xlsxProblem({ code: "empty_file" });
  if (starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06])) return;
  if (starts(b, OLE)) {
    const names = cfbStreamNames(b);
    if (names.has("encryptedpackage") || names.has("encryptioninfo")) throw xlsxProblem({ code: "encrypted" });
    if (names.has("workbook") || names.has("book")) throw xlsxProblem({ code: "old_xls" });
    if (names.has("worddocument")) throw xlsxProblem({ code: "not_zip", params: { kind: "doc" } });
    throw xlsxProblem({ code: "ole_unknown" });
  }
  const biff = biffStart(b);
  if (biff) throw xlsxProblem({ code: "old_xls", ...(biff === "early" ? { params: { kind: "early_excel" } } : {}) });
  for (const [sig, kind] of OTHER) if (starts(b, sig)) throw xlsxProblem(kind === "rar" || kind === "7z" ? { code: "archive", params: { kind } } : { code: "not_zip", params: { kind } });
  const head = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 512)).replace(/^\ufeff/, "").trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head)) throw xlsxProblem({ code: "not_zip", params: { kind: "html" } });
  // a spreadsheet saved as XML, which Excel, WPS and LibreOffice open: Excel's XML 电子表格 2003 (what many systems export as
  // .xls), or LibreOffice's flat .fods (its namespaces first, the mimetype after them); they were told 文本文件，如 CSV
  const xml = /^<\?xml/.test(head) ? new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 8192)) : "";
  if (xml.includes("urn:schemas-microsoft-com:office:spreadsheet") || xml.includes('progid="Excel.Sheet"')) throw xlsxProblem({ code: "not_zip", params: { kind: "xml2003" } });
  if (/<office:document[\s>]/.test(xml) && xml.includes("application/vnd.oasis.opendocument.spreadsheet")) throw xlsxProblem({ code: "not_zip", params: { kind: "fods" } });
  // printable text (a CSV or a pasted table saved as .xlsx)
  const sample = b.subarray(0, 512);
  if (sample.every((x) => x >= 0x20 || x === 0x09 || x === 0x0a || x === 0x0d)) throw xlsxProblem({ code: "not_zip", params: { kind: "text" } });
  throw xlsxProblem({ code: "not_zip" });
}
