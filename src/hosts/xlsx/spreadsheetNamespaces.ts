/**
 * The namespaces of SpreadsheetML and OPC relationships, transitional and strict (ECMA-376
 * Part 1 and ISO/IEC 29500 Strict): an element is ours by its namespace, whatever its prefix.
 */
export const SPREADSHEET_NS: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/** The namespace of r:id on <sheet> (officeDocument relationships). */
export const RELATIONSHIP_ATTR_NS: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

/** The namespace of a .rels part. */
export const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
