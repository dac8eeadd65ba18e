/**
 * Renders a four-county summary for docs/print (issue 16.6): four county returns of the
 * zhoushan-2021-2025 indicators and the shengsi-2024-projects list (sample values varied per
 * county), `plan-returns summary` over them, LibreOffice to PDF, pdftoppm to PNG.
 *
 *   npx ts-node --transpile-only scripts/render-summary.ts [outDir=docs/print]
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "../src/cli/main";
import { sampleReturn } from "../src/cli/sampleReturn";
import { fillInputs } from "../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../src/templates/catalog";
import type { Template } from "../src/templates/TemplateSchema";
import { convert, libreOfficeProfile } from "../test/support/libreoffice";

const COUNTIES: Array<[string, number]> = [["定海区", 0], ["普陀区", -0.06], ["岱山县", 0.08], ["嵊泗县", -0.15]];

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? "docs/print");
  const work = mkdtempSync(join(tmpdir(), "summary-print-"));
  const templates = ["zhoushan-2021-2025", "shengsi-2024-projects"].map((id) => findTemplate(id) as Template);
  const files: string[] = [];
  for (const [unit, shift] of COUNTIES) {
    const wb = planToWorkbook(buildWorkbookPlan(templates, { year: 2023, reportingUnit: unit }));
    const entries = templates.flatMap((t) => sampleReturn(t, 2023)).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e));
    fillInputs(wb, entries);
    const f = join(work, `${unit}.xlsx`);
    writeFileSync(f, Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
    files.push(f);
  }
  const xlsx = join(work, "summary-four-counties.xlsx");
  const code = await run(["summary", ...files, "--out", xlsx]);
  if (code !== 0) throw new Error(`summary exit ${code}`);
  const [pdf] = convert([xlsx], "pdf", work, libreOfficeProfile());
  if (!pdf) throw new Error("LibreOffice wrote no PDF");
  mkdirSync(outDir, { recursive: true });
  copyFileSync(pdf, join(outDir, "summary-four-counties.pdf"));
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, join(outDir, "summary-four-counties-p1")]);
  console.log(`${join(outDir, "summary-four-counties.pdf")} and -p1.png (work files in ${work})`);
}

void main();
