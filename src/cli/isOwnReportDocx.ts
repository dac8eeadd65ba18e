import JSZip from "jszip";
import { isOwnReportCore } from "../hosts/xlsx/isOwnReportCore";

/**
 * Whether a .docx's bytes are this tool's own evaluation report (its core properties name plan-returns the creator,
 * isOwnReportCore): import refuses it as no plan's table (trial42d F2: the report's table was imported as a plan).
 * The core part is found by the package's core-properties relationship, else at docProps/core.xml; false for bytes
 * that are no readable zip (the .docx reader then says why).
 */
export async function isOwnReportDocx(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const rels = await zip.file("_rels/.rels")?.async("string");
    const target = rels === undefined ? undefined : /<Relationship\b[^>]*Type="[^"]*\/core-properties"[^>]*Target="\/?([^"]+)"/.exec(rels)?.[1]
      ?? /<Relationship\b[^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/core-properties"/.exec(rels)?.[1];
    const core = await zip.file(target ?? "docProps/core.xml")?.async("string");
    return core !== undefined && isOwnReportCore(core);
  } catch {
    return false;
  }
}
