import { fileKindOf } from "../hosts/xlsx/fileKindOf";

/** Why a .docx cannot be read, as data (tableFileMessages' bad_docx_*): never the reader's own words. */
export type DocxFault = { code: "bad_docx_encrypted" } | { code: "bad_docx_damaged" } | { code: "bad_docx_not_word"; kind?: string };

/**
 * Why mammoth could not read the bytes of a file named .docx, told from the bytes themselves
 * (trial34 C4: JSZip's "Can't find end of central directory : is this a zip file ? If it is, see
 * https://…" reached the user): an OLE file with an encrypted package is a document with a password
 * to open (`bad_docx_encrypted`); another file renamed .docx (text, PDF, a .doc, an .xlsx…) is
 * `bad_docx_not_word` with its kind where known (fileKindWords); a zip that holds a Word document
 * part, or bytes of no known kind (a cut or garbled download), is `bad_docx_damaged`.
 */
export function docxFault(bytes: Uint8Array): DocxFault {
  const kind = fileKindOf(bytes);
  if (kind === "encrypted") return { code: "bad_docx_encrypted" };
  if (kind === "zip") {
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (names.includes("word/document.xml")) return { code: "bad_docx_damaged" };
    if (names.includes("xl/workbook.xml")) return { code: "bad_docx_not_word", kind: "xlsx" };
    if (names.includes("ppt/presentation.xml")) return { code: "bad_docx_not_word", kind: "pptx" };
    return { code: "bad_docx_damaged" };
  }
  return kind === undefined ? { code: "bad_docx_damaged" } : { code: "bad_docx_not_word", kind };
}
