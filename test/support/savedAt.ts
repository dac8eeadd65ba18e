import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";

/**
 * Sets the workbook's own save time (docProps/core.xml `dcterms:modified`, what versionOrder reads) to `iso`, as a tool
 * that keeps the time it read would leave it; `null` removes it, as a workbook that does not say when it was saved (its
 * versions are then told apart by their files' times). Rewrites `file`: set its file time afterwards.
 */
export async function setSavedAt(file: string, iso: string | null): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = await zip.file("docProps/core.xml")!.async("string");
  zip.file("docProps/core.xml", iso === null ? core.replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, "") : core.replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${iso}`));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
