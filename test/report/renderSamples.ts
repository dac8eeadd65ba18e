/**
 * Writes the four county returns and their reports to test/out/report (for docs/ images):
 *   npx ts-node --transpile-only test/report/renderSamples.ts
 * then soffice --headless --convert-to pdf and pdftoppm -png -r 70 on the outputs.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cli } from "../support/cli";
import { countyReturns } from "./countyReturns";

void (async () => {
  const dir = join(__dirname, "..", "out", "report");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = await countyReturns(dir);
  for (const [out, inputs] of [["岱山县评估报告.docx", [files[2] ?? ""]], ["岱山县评估.xlsx", [files[2] ?? ""]], ["舟山市县区评估.xlsx", files], ["舟山市县区评估报告.docx", files]] as const) {
    const r = await cli("report", ...inputs, "--out", join(dir, out));
    process.stdout.write(r.out + r.err);
  }
})();
