/**
 * Renders the printouts of a return and its cover to PDF and PNG under docs/print/, as a person
 * would print them: a sample return filled in, LibreOffice's PDF export, pdftoppm at 100 dpi.
 * Run: npx ts-node --transpile-only scripts/renderPrint.ts [outDir]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fillInputs, type InputEntry } from "../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../src/templates/catalog";
import { sampleReturn } from "../src/cli/sampleReturn";
import { COVER_NAME } from "../src/sheet/coverSheet";

interface Job { file: string; template: string; year: number; sheet: "cover" | "template"; notes?: boolean }

const JOBS: Job[] = [
  { file: "return-zhoushan-2023", template: "zhoushan-2021-2025", year: 2023, sheet: "template", notes: true },
  { file: "return-shengsi-yearly-2024", template: "shengsi-2023-2027", year: 2024, sheet: "template" },
  { file: "return-shengsi-projects-2024", template: "shengsi-2024-projects", year: 2024, sheet: "template" },
  { file: "cover-zhoushan-2023", template: "zhoushan-2021-2025", year: 2023, sheet: "cover" },
];

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? "docs/print");
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "render-print-"));
  for (const j of JOBS) {
    const t = findTemplate(j.template);
    if (!t) throw new Error(j.template);
    const plan = buildWorkbookPlan([t], { year: j.year, reportingUnit: "示例县发展和改革局", deadline: `${j.year + 1}-01-31` });
    const wb = planToWorkbook(plan);
    const entries: InputEntry[] = sampleReturn(t, j.year);
    // a 说明 on two rows (a 严重滞后 and a 滞后 one in the sample), so the print shows written ones
    // beside the required, empty ones the sheet marks
    if (j.notes && t.kind === "indicators") {
      for (const i of [3, 11]) {
        const d = t.indicators[i];
        if (d) entries.push({ template: t.id, id: d.id, key: "note", value: "受项目建设周期影响，预计明年完成" });
      }
    }
    const left = fillInputs(wb, entries);
    if (left.length) throw new Error(`unplaced: ${JSON.stringify(left.slice(0, 3))}`);
    // print only the sheet asked for: the others are hidden for this render
    const keep = j.sheet === "cover" ? COVER_NAME : plan.sheets[1]?.name;
    wb.eachSheet((ws) => { if (ws.name !== keep && ws.state === "visible") ws.state = "hidden"; });
    // LibreOffice prints the active sheet even when hidden: make the kept one active
    const active = wb.worksheets.findIndex((ws) => ws.name === keep);
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" }];
    const xlsx = join(work, `${j.file}.xlsx`);
    await wb.xlsx.writeFile(xlsx);
    execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, xlsx], { stdio: "pipe", timeout: 300000 });
    renameSync(join(work, `${j.file}.pdf`), join(out, `${j.file}.pdf`));
    execFileSync("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", join(out, `${j.file}.pdf`), join(work, j.file)], { stdio: "pipe" });
    const png = readdirSync(work).find((f) => f.startsWith(`${j.file}-`) && f.endsWith(".png"));
    if (png) renameSync(join(work, png), join(out, `${j.file}.png`));
    if (j.sheet === "template") {
      // the same first page in greys, as a black-and-white printer gives it
      execFileSync("pdftoppm", ["-png", "-gray", "-r", "100", "-f", "1", "-l", "1", join(out, `${j.file}.pdf`), join(work, `${j.file}-gray`)], { stdio: "pipe" });
      const grey = readdirSync(work).find((f) => f.startsWith(`${j.file}-gray-`) && f.endsWith(".png"));
      if (grey) renameSync(join(work, grey), join(out, `${j.file}-gray.png`));
    }
  }
  rmSync(work, { recursive: true, force: true });
}

void main();
