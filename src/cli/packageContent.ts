import JSZip from "jszip";

/** The write times docProps/core.xml holds (dcterms:created, dcterms:modified), which the docx library and ExcelJS stamp anew on every write. */
const WRITE_TIMES = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g;

/**
 * What an Office package (.docx, .xlsx) holds, to tell whether two are the same document: every part by name, in name
 * order, its XML as text (the write times of docProps/core.xml left out, so two writes of one report or one return
 * compare equal) and any other part as base64. Null where the bytes are no readable package (a broken zip, a part
 * failing its CRC): a person's edit that broke the file is still an edit. Used by `demo` (runDemo) to replace a sample
 * report only while nobody changed it, and by every write over an existing file (sameContent: a changed one is kept).
 */
export async function packageContent(bytes: Uint8Array): Promise<string | null> {
  try {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir).sort();
    const parts = await Promise.all(names.map(async (n) => {
      const part = zip.files[n];
      if (!part) return n;
      const xml = /\.(?:xml|rels)$/i.test(n);
      const text = await part.async(xml ? "string" : "base64");
      return `${n}\n${xml ? text.replace(WRITE_TIMES, "$1$2") : text}`;
    }));
    return parts.join("\n\n");
  } catch {
    return null;
  }
}
