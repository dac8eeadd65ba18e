import JSZip from "jszip";
import { corePropertiesXml } from "./corePropertiesXml";

/** A W3CDTF time of the core properties (dcterms:created, dcterms:modified), as written. */
const timeOf = (core: string, name: "created" | "modified"): string | undefined =>
  new RegExp(`<dcterms:${name}\\b[^>]*>([^<]*)</dcterms:${name}>`).exec(core)?.[1]?.trim();

/**
 * Whether an Office package was saved again after the program that made it wrote it: its core properties' modified
 * time is not its created time. ExcelJS stamps both with one time (and keeps them as read when a script writes the
 * file again); Excel, WPS, LibreOffice and openpyxl set modified on every save, so a person who opened the file and
 * saved it (a cell's format or comment, which no grid reading sees) is seen here. True where the bytes are no readable
 * package or the times are missing: nothing then shows the file is as written.
 */
export async function savedSinceWritten(bytes: Uint8Array): Promise<boolean> {
  try {
    const core = await corePropertiesXml(await JSZip.loadAsync(bytes));
    if (core === undefined) return true;
    const created = timeOf(core, "created");
    return created === undefined || created !== timeOf(core, "modified");
  } catch {
    return true;
  }
}
