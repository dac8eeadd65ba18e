import { sniffFileKind } from "./sniffFileKind";
import { XlsxReadError } from "./XlsxReadError";

/**
 * What kind of file the bytes are, by the reader's sniff (sniffFileKind): "zip" for a zip package,
 * "encrypted" for an OLE file with an encrypted package (a password to open), "xls" for an old
 * workbook, else the kind fileKindWords names (text, pdf, html, doc, image, rar, 7z), undefined when
 * not known (garbled bytes). For readers of other files than .xlsx (a .docx to import) to say what
 * was found in check's words.
 */
export function fileKindOf(bytes: Uint8Array): string | undefined {
  try {
    sniffFileKind(bytes);
    return "zip";
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    const p = e.problem;
    if (p.code === "encrypted" || p.code === "ole_unknown") return "encrypted";
    if (p.code === "old_xls") return "xls";
    if (p.code === "empty_file") return "empty";
    return p.params?.kind;
  }
}
