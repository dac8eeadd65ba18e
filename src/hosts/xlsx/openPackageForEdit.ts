import JSZip from "jszip";
import { StrictPackageError } from "./StrictPackageError";

/** Strict's namespaces (ISO/IEC 29500 Strict) live under this root; transitional ones under schemas.openxmlformats.org. */
const STRICT_NS = "http://purl.oclc.org/ooxml/";

/**
 * Opens a person's .xlsx for an edit of its parts (putOwnSheet, lockPackage: every command that
 * writes into an existing workbook goes through here). Throws StrictPackageError for a Strict Open
 * XML package (the package relationship to the workbook, or the workbook part's root, in Strict's
 * namespaces, or conformance="strict"), before anything is changed.
 */
export async function openPackageForEdit(xlsx: Uint8Array): Promise<JSZip> {
  const zip = await JSZip.loadAsync(xlsx);
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const officeDocument = /<(?:[\w.-]+:)?Relationship\b[^>]*\bType="([^"]*\/officeDocument)"/.exec(rels)?.[1] ?? "";
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const root = /<(?![?!])[^>]*>/.exec(workbook)?.[0] ?? "";
  if (officeDocument.startsWith(STRICT_NS) || /\bconformance="strict"/.test(root) || root.includes(`"${STRICT_NS}spreadsheetml/main"`)) throw new StrictPackageError();
  return zip;
}
