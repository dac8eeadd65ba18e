import { parseXmlPart } from "./parseXmlPart";

/**
 * When the workbook was last saved, from its core properties part (docProps/core.xml,
 * `<dcterms:modified>`, ECMA-376 Part 2 §11: a W3CDTF date and time), in milliseconds since
 * 1970 UTC; null when the part has none or it is no date. Excel, WPS and openpyxl write it on
 * every save, and it travels with the file: a return downloaded from mail keeps it, where the
 * file's own time becomes the download's. A time written without a zone is taken as UTC (what
 * those programs write). Never throws: a damaged properties part is no reason to refuse a return.
 */
export function parseSavedAt(bytes: Uint8Array, part: string): number | null {
  let text: string | null = null;
  let depth = 0;
  let inModified = false;
  try {
    parseXmlPart(bytes, part, {
      open(tag) {
        depth++;
        inModified = depth === 2 && tag.local === "modified";
        if (inModified) text = "";
      },
      close() {
        depth--;
        inModified = false;
      },
      text(read) {
        if (inModified) text += read();
      },
    });
  } catch {
    return null;
  }
  return savedAtOf(text);
}

// W3CDTF as these programs write it: 2025-01-15T10:32:11Z, with fractions or an offset, or no zone
const W3CDTF = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?$/;

function savedAtOf(text: string | null): number | null {
  const m = W3CDTF.exec((text ?? "").trim());
  if (!m) return null;
  // Date.parse rolls 2025-02-30 over to March: a day the calendar lacks is no date
  const [y, mo, d] = (m[1] ?? "").slice(0, 10).split("-").map(Number) as [number, number, number];
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  const ms = Date.parse(`${m[1]}${m[2] ?? "Z"}`);
  return Number.isFinite(ms) ? ms : null;
}
