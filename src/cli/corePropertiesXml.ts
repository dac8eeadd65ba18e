import type JSZip from "jszip";

/**
 * An Office package's core properties (creator, created and modified times) as text: the part the package's
 * core-properties relationship names, else docProps/core.xml; undefined where there is none. The one lookup of that
 * part for isOwnReportDocx (this tool's own report) and savedSinceWritten (a package saved again since it was written).
 */
export async function corePropertiesXml(zip: JSZip): Promise<string | undefined> {
  const rels = await zip.file("_rels/.rels")?.async("string");
  const target = rels === undefined ? undefined : /<Relationship\b[^>]*Type="[^"]*\/core-properties"[^>]*Target="\/?([^"]+)"/.exec(rels)?.[1]
    ?? /<Relationship\b[^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/core-properties"/.exec(rels)?.[1];
  return zip.file(target ?? "docProps/core.xml")?.async("string");
}
