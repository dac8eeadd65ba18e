import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";

/** Whether Gnumeric's ssconvert is installed (Debian package gnumeric; .ci/run installs it). */
export function hasGnumeric(): boolean {
  return existsSync("/usr/bin/ssconvert");
}

/**
 * Recalculates .xlsx files with Gnumeric, a second real engine: `ssconvert --recalc` computes
 * every formula and writes the results into a new .xlsx (or .csv) beside the others.
 */
export function gnumericRecalc(files: string[], outDir: string, to: "xlsx" | "csv" = "xlsx"): string[] {
  mkdirSync(outDir, { recursive: true });
  return files.map((f) => {
    const out = join(outDir, basename(f).replace(/\.xlsx$/, `.${to}`));
    execFileSync("ssconvert", ["--recalc", f, out], { stdio: "pipe", timeout: 120000 });
    return out;
  });
}
