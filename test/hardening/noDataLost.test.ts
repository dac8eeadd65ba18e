/**
 * Issue #7 (reliability): no action changes a cell the user typed, except the one cell the
 * user asked to fix. Each action is run on a return filled with sample values (sampleReturn +
 * fillInputs for .xlsx files; the same values typed into the Office fake), and the workbook is
 * compared cell by cell before and after (byte for byte where the action must not write).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { applyFixes } from "../../src/hosts/office/applyFixes";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { refreshPlan } from "../../src/hosts/office/refreshPlan";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { REVIEW_SHEET } from "../../src/sheet/reviewSheet";
import type { Template } from "../../src/templates/TemplateSchema";
import { buildFixes } from "../../src/ui/shared/buildFixes";
import { FakeExcel } from "../office/fakeExcel";
import { excelSnapshot, fakeSnapshot, plannedAddress, plannedSheetOf, snapshotDiff, template } from "./support";

const YEAR = 2024;
const IDS = ["zhoushan-2021-2025", "shengsi-2023-2027", "shengsi-2024-projects", "shengsi-2024-reforms"];
const templates: Template[] = IDS.map(template);
const dir = mkdtempSync(join(tmpdir(), "hardening-nodata-"));

async function excelOf(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("no data lost: .xlsx host and the CLI", () => {
  const blank = join(dir, "blank.xlsx");
  const filled = join(dir, "filled.xlsx");
  let typedCount = 0;

  beforeAll(async () => {
    const r = await cli("template", ...IDS, "--year", String(YEAR), "--out", blank, "--unit", "嵊泗县");
    expect(r.code).toBe(0);
    // the user fills the template in and saves it
    const wb = await excelOf(blank);
    const entries = templates.flatMap((t) => sampleReturn(t, YEAR)).filter((e) => e.value !== null);
    typedCount = entries.length;
    expect(fillInputs(wb, entries)).toEqual([]);
    await wb.xlsx.writeFile(filled);
  });

  test("the sample return has typed values on every template sheet", () => {
    expect(typedCount).toBeGreaterThan(60);
  });

  test("load (template) again onto a filled return: refused, the file unchanged byte for byte", async () => {
    const before = readFileSync(filled);
    const r = await cli("template", ...IDS, "--year", String(YEAR), "--out", filled);
    expect(r.code).toBe(1);
    expect(r.err).toContain("不会覆盖");
    expect(readFileSync(filled).equals(before)).toBe(true);
  });

  test.each([["check"], ["check --json"], ["check --all --lang en"], ["check --year 2023"]])("%s: the file unchanged byte for byte", async (cmd) => {
    const before = readFileSync(filled);
    const [, ...opts] = cmd.split(" ");
    const r = await cli("check", filled, ...opts);
    expect(r.code).toBe(0);
    expect(readFileSync(filled).equals(before)).toBe(true);
  });

  test("summary writes a new file; its input unchanged byte for byte; an existing output is not overwritten", async () => {
    const before = readFileSync(filled);
    const out = join(dir, "summary.xlsx");
    const r = await cli("summary", filled, "--out", out);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(filled).equals(before)).toBe(true);
    // a second summary onto the same output is refused, and the summary file is kept as it is
    const summaryBytes = readFileSync(out);
    const again = await cli("summary", filled, "--out", out);
    expect(again.code).toBe(1);
    expect(readFileSync(out).equals(summaryBytes)).toBe(true);
    // a summary whose --out is the input itself is refused: the return is never overwritten
    const self = await cli("summary", filled, "--out", filled);
    expect(self.code).toBe(1);
    expect(readFileSync(filled).equals(before)).toBe(true);
  });

  test("review: only the 审核 sheet differs, cell by cell (twice in a row)", async () => {
    const file = join(dir, "review.xlsx");
    writeFileSync(file, readFileSync(filled));
    const before = excelSnapshot(await excelOf(file));
    for (let round = 1; round <= 2; round++) {
      const r = await cli("review", file);
      expect(r.code).toBe(0);
      const after = excelSnapshot(await excelOf(file));
      expect(after.has(REVIEW_SHEET)).toBe(true);
      const others = new Set([...before.keys()].filter((n) => n !== REVIEW_SHEET));
      expect(snapshotDiff(before, after, others)).toEqual([]);
      expect([...after.keys()].filter((n) => !before.has(n))).toEqual([REVIEW_SHEET]);
    }
  });

  test("review --out: the input unchanged byte for byte, the output differs only in 审核", async () => {
    const before = readFileSync(filled);
    const out = join(dir, "reviewed-copy.xlsx");
    const r = await cli("review", filled, "--out", out);
    expect(r.code).toBe(0);
    expect(readFileSync(filled).equals(before)).toBe(true);
    const a = excelSnapshot(await excelOf(filled));
    const b = excelSnapshot(await excelOf(out));
    expect(snapshotDiff(a, b, new Set(a.keys()))).toEqual([]);
  });
});

/** The sample values typed into the fake, as a person would type them. */
function typeSample(fx: FakeExcel, plan: WorkbookPlan): number {
  let n = 0;
  for (const t of templates) {
    const s = plannedSheetOf(plan, t.id);
    for (const e of sampleReturn(t, YEAR)) {
      if (e.value === null || e.value === undefined) continue;
      const v = e.value;
      const typed = typeof v === "number" || typeof v === "string" ? v : typeof v === "object" && "error" in v ? String(v.error) : String(v);
      fx.userType(s.name, plannedAddress(s, e.id, e.key), typed);
      n++;
    }
  }
  return n;
}

describe("no data lost: Office host (fake)", () => {
  const plan = buildWorkbookPlan(templates, { year: YEAR, reportingUnit: "嵊泗县" });
  const opts = (fx: FakeExcel): { isSetSupported: FakeExcel["isSetSupported"] } => ({ isSetSupported: fx.isSetSupported });

  async function loaded(): Promise<{ fx: FakeExcel; written: string[] }> {
    const fx = new FakeExcel(["Sheet1"]);
    // the user's own sheet, there before the add-in
    fx.userType("Sheet1", "A1", "我的数据");
    fx.userType("Sheet1", "B2", 42);
    fx.userType("Sheet1", "C3", "=A1");
    const before = fakeSnapshot(fx).get("Sheet1");
    const res = await applyPlan(fx.context, plan, opts(fx));
    expect(res.refused).toEqual([]);
    expect(fakeSnapshot(fx).get("Sheet1")).toEqual(before);
    expect(typeSample(fx, plan)).toBeGreaterThan(60);
    return { fx, written: res.written };
  }

  test("load again (applyPlan onto the filled return): every sheet refused, nothing written", async () => {
    const { fx } = await loaded();
    const before = fakeSnapshot(fx);
    const res = await applyPlan(fx.context, plan, opts(fx));
    expect(res.written).toEqual([]);
    expect(snapshotDiff(before, fakeSnapshot(fx))).toEqual([]);
  });

  test("load another template into the filled return: the typed values and the cover unchanged", async () => {
    const { fx } = await loaded();
    const before = fakeSnapshot(fx);
    const more = buildWorkbookPlan([template("quzhou-2021-2025")], { year: 2023, reportingUnit: "别的单位" });
    const res = await applyPlan(fx.context, more, opts(fx));
    expect(res.metaMerged).toBe(true);
    const after = fakeSnapshot(fx);
    // only the new sheet and the (very hidden) metadata sheet may differ
    const keep = new Set([...before.keys()].filter((n) => n !== "_plan_returns_meta"));
    expect(snapshotDiff(before, after, keep)).toEqual([]);
  });

  test("reload (refreshPlan twice): every cell unchanged", async () => {
    const { fx } = await loaded();
    const before = fakeSnapshot(fx);
    for (let round = 1; round <= 2; round++) {
      const res = await refreshPlan(fx.context, plan, opts(fx));
      expect(res.refused).toEqual([]);
      expect(snapshotDiff(before, fakeSnapshot(fx))).toEqual([]);
    }
  });

  test("check (readWorkbookGrid + checkGrid) and declining every fix: nothing written", async () => {
    const { fx, written } = await loaded();
    const before = fakeSnapshot(fx);
    const r = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...written] }));
    if (!r.ok) throw new Error(r.message);
    expect(buildFixes(r.report.items).length).toBeGreaterThan(0);
    // the user declines: no fix is confirmed
    const res = await applyFixes(fx.context, []);
    expect(res.written).toEqual([]);
    expect(snapshotDiff(before, fakeSnapshot(fx))).toEqual([]);
  });

  test("applying one fix: exactly that cell changes", async () => {
    const { fx, written } = await loaded();
    const r = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...written] }));
    if (!r.ok) throw new Error(r.message);
    const fixes = buildFixes(r.report.items);
    const fix = fixes[0];
    if (!fix) throw new Error("no fix offered");
    const before = fakeSnapshot(fx);
    const res = await applyFixes(fx.context, [{ sheet: fix.sheet, cell: fix.cell, value: fix.to }]);
    expect(res.written).toHaveLength(1);
    const diff = snapshotDiff(before, fakeSnapshot(fx));
    expect(diff).toEqual([`${fix.sheet}!${fix.cell}: ${before.get(fix.sheet)?.get(fix.cell) ?? "∅"} → ${JSON.stringify(fix.to)}`]);
  });
});
