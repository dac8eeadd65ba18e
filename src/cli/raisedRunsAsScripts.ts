import JSZip from "jszip";

/** The WordprocessingML parts whose runs a table or its notes may hold. */
const PARTS = ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml"];

/**
 * A run's properties with a raised or lowered position (`<w:position w:val="8"/>`) as a superscript or a
 * subscript (`<w:vertAlign>`), where it has none: LibreOffice and WPS save a superscript so, and mammoth
 * reads only w:vertAlign, so a footnote mark was glued into the name (`…收集率1`, trial40b F10). (The
 * half-points are Word's; any raise counts: a raised run in a plan's table is a mark or a power.)
 */
export function raisedRunsAsScripts(xml: string): string {
  return xml.replace(/<w:rPr>([\s\S]*?)<\/w:rPr>/g, (whole, inner: string) => {
    if (inner.includes("<w:vertAlign")) return whole;
    const raise = /<w:position\s+w:val="(-?\d+)"\s*\/>/.exec(inner)?.[1];
    const by = raise === undefined ? 0 : Number(raise);
    return by === 0 ? whole : `<w:rPr>${inner}<w:vertAlign w:val="${by > 0 ? "superscript" : "subscript"}"/></w:rPr>`;
  });
}

/** A .docx's bytes with raisedRunsAsScripts applied to its text parts; the bytes given when it is no zip one can read (the caller's reader says why). */
export async function docxWithScripts(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    let changed = false;
    for (const name of PARTS) {
      const part = zip.file(name);
      if (!part) continue;
      const xml = await part.async("string");
      const fixed = raisedRunsAsScripts(xml);
      if (fixed !== xml) { zip.file(name, fixed); changed = true; }
    }
    return changed ? await zip.generateAsync({ type: "uint8array" }) : bytes;
  } catch {
    return bytes;
  }
}
