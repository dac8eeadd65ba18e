import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { EXIT } from "../../src/cli/EXIT";
import { runLock } from "../../src/cli/runLock";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { sha256Text } from "../../src/cli/sha256Text";
import { applyLock } from "../../src/cycle/applyLock";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { findTemplate } from "../../src/templates/catalog";
import { convert } from "../support/libreoffice";
import { gnumericRecalc } from "../support/gnumeric";
import type { Template } from "../../src/templates/TemplateSchema";

const dir = mkdtempSync(join(tmpdir(), "lock-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const projects = findTemplate("shengsi-2024-projects") as Template;

/** A return of clean values (numbers and valid states only) for the templates, written by ExcelJS. */
async function cleanReturn(name: string, templates: Template[], year: number, unprotect = false): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan(templates, { year, reportingUnit: "定海区" }));
  fillInputs(wb, templates.flatMap((t) => sampleReturn(t, year)).filter((e) => typeof e.value === "number"));
  if (unprotect) wb.worksheets.forEach((ws) => ws.unprotect());
  const f = join(dir, name);
  await wb.xlsx.writeFile(f);
  return f;
}

async function lockState(f: string) {
  const g = await readXlsxZip(readFileSync(f));
  const r = checkGrid(g);
  if (!r.ok) throw new Error(r.message);
  return { state: applyLock(g, r.report, sha256Text), report: r.report };
}

describe("lock: protection of the inputs and a fingerprint of the accepted values", () => {
  test.each([
    ["an indicator return", [zs], 2023, false],
    ["a project list", [projects], 2024, false],
    ["a return whose sheets a person unprotected", [zs], 2023, true],
  ])("%s: locked, every input cell locked, the sheets protected, the lock intact", async (_, templates, year, unprotect) => {
    const f = await cleanReturn(`${String(_)}.xlsx`, templates as Template[], year as number, unprotect as boolean);
    // the sample's projects whose 总投资 is 「/」 are 待人工评估, no 审核结论 concluding them (trial40c F9): accepted so
    const r = await runLock(f, { reviewer: "王审核", acceptUnassessed: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.values).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    for (const name of r.sheets) {
      const ws = wb.getWorksheet(name)!;
      expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
      ws.eachRow((row) => row.eachCell((c) => expect(c.protection?.locked).not.toBe(false)));
    }
    const { state } = await lockState(f);
    expect(state).toMatchObject({ locked: true, intact: true, changed: 0, reviewer: "王审核" });
    // locking again changes nothing a reader sees and keeps it intact
    const again = await runLock(f, { acceptUnassessed: true });
    expect(again).toMatchObject({ ok: true, relocked: true });
    expect((await lockState(f)).state).toMatchObject({ locked: true, intact: true });
  }, 60000);

  test("a lock record edited by hand (an accepted value changed to match an edit) no longer matches its fingerprint", async () => {
    const f = await cleanReturn("forged.xlsx", [zs], 2023);
    expect((await runLock(f)).ok).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(f));
    const meta = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    let forged = false;
    for (const n of meta) {
      const xml = await zip.file(n)!.async("string");
      if (!xml.includes("plan-returns:lock")) continue;
      // the record's JSON is an inline string; change the accepted value of zs21-02 for 2023
      const next = xml.replace(/(zhoushan-2021-2025\|zs21-02\|2023&quot;:&quot;)[^&]*/, "$19.99").replace(/(zhoushan-2021-2025\|zs21-02\|2023":")[^"]*/, "$19.99");
      expect(next).not.toBe(xml);
      zip.file(n, next);
      forged = true;
    }
    expect(forged).toBe(true);
    writeFileSync(f, await zip.generateAsync({ type: "nodebuffer" }));
    const { state, report } = await lockState(f);
    expect(state).toMatchObject({ locked: true, intact: false });
    expect(report.problems).toContainEqual({ code: "lock_fingerprint_mismatch", params: {} });
    expect(report.problems.map((p) => describeWorkbookProblem(p, "zh")).join("\n")).toContain("锁定记录与其指纹不符");
    expect(report.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed")).toHaveLength(1);
  }, 60000);

  // a refusal for what the return holds is not a usage error (1): EXIT.refused (5), as the exit codes of docs/cli-reference.md say
  test.each<[string, string[], number, RegExp]>([
    ["the return has errors", [], EXIT.refused, /：(数据异常 \d+ 项|状态公式被改写|其他错误).*，未锁定/],
    ["the return has errors, --lang en", ["--lang", "en"], EXIT.refused, /: (Invalid data on \d+ rows?|\d+ status cells? typed over|\d+ other errors?).*, not locked; .*the first: Sheet "/],
    ["a usage error (an unknown option) still", ["--colour"], EXIT.usage, /colour/],
  ])("refused: %s (its exit code, the file unchanged)", async (_, args, code, err) => {
    const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "岱山县" }));
    fillInputs(wb, sampleReturn(zs, 2023));
    const f = join(dir, "errors.xlsx");
    await wb.xlsx.writeFile(f);
    const before = readFileSync(f);
    const r = await cli("lock", f, ...args);
    expect([r.code, r.out]).toEqual([code, ""]);
    expect(r.err).toMatch(err);
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);

  test("a locked return re-saved by LibreOffice or Gnumeric still matches its fingerprint, its inputs still protected", async () => {
    const f = await cleanReturn("resave.xlsx", [zs, projects], 2024);
    const r = await runLock(f, { acceptUnassessed: true });
    if (!r.ok) throw new Error(r.message);
    const [lo] = convert([f], "xlsx", join(dir, "lo"));
    const [gn] = gnumericRecalc([f], join(dir, "gn"));
    for (const saved of [lo!, gn!]) {
      const { state, report } = await lockState(saved);
      expect(report.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed")).toEqual([]);
      expect(state).toMatchObject({ locked: true, intact: true });
      const zip = await JSZip.loadAsync(readFileSync(saved));
      const parts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
      expect(parts.filter((x) => /<sheetProtection\b[^>]*sheet="(1|true)"/.test(x)).length).toBeGreaterThanOrEqual(r.sheets.length);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      for (const name of r.sheets) wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => expect(c.protection?.locked).not.toBe(false)));
    }
  }, 180000);
});
