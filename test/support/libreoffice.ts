import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";
import { requireTool } from "./requireTool";

/**
 * LibreOffice headless with a test profile that always recalculates OOXML on load;
 * without it LibreOffice keeps the file's cached results and the comparison proves nothing.
 */
export function libreOfficeProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, "registrymodifications.xcu"), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  return dir;
}

/** Converts files with LibreOffice (`xlsx` recalculates and saves results; `pdf` renders). */
export function convert(files: string[], to: "xlsx" | "pdf", outDir: string, profile = libreOfficeProfile()): string[] {
  mkdirSync(outDir, { recursive: true });
  execFileSync(requireTool("soffice"), [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir, ...files], { stdio: "pipe", timeout: 300000 });
  const produced = new Set(readdirSync(outDir));
  return files.map((f) => join(outDir, basename(f).replace(/\.xlsx$/, `.${to}`))).filter((f) => produced.has(basename(f)));
}
