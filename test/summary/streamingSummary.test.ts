import ExcelJS from "exceljs";
import { countyReturn as writeCountyReturn } from "../support/countyReturn";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileRowStore } from "../../src/cli/FileRowStore";
import { cellText } from "../../src/domain/CellValue";
import { STATUS_CODES, STATUS_LABELS } from "../../src/domain/Status";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { streamXlsx } from "../../src/hosts/xlsx/streamXlsx";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridSheet, GridWorkbook } from "../../src/sheet/Grid";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { summarize } from "../../src/sheet/summarize";
import { FLAGS_SHEET, internalLink, MAX_CELL_TEXT, scopeLine, SUMMARY_SHEET, summaryWorkbookPlan, UNITS_SHEET, writeSummarySheets } from "../../src/sheet/summarySheets";
import { SummaryTally } from "../../src/sheet/SummaryTally";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "summary-stream-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const projects = findTemplate("shengsi-2024-projects") as Template;
const reforms = findTemplate("shengsi-2024-reforms") as Template;

const countyReturn = (name: string, unit: string, shift: number, templates: Template[], year = 2023, extra: InputEntry[] = []): Promise<string> =>
  writeCountyReturn(dir, name, unit, shift, templates, year, extra);

async function reportOf(file: string): Promise<CheckReport> {
  const r = checkGrid(await readXlsxBuffer(readFileSync(file)));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

const sheetOf = (g: GridWorkbook, name: string): GridSheet => {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const texts = (s: GridSheet): string[][] => s.rows.map((row) => (row ?? []).map((v) => cellText(v)));
const rowOf = (s: GridSheet, col: number, text: string): number => texts(s).findIndex((r) => r[col - 1] === text) + 1;

/** The values of a plan's sheet, row by row, as the readers see them. */
function planTexts(s: PlannedSheet): Map<string, string> {
  return new Map(s.cells.filter((c) => c.value !== undefined && c.value !== null && c.value !== "").map((c) => [c.address, String(c.value)]));
}

describe("the streaming summary (issue 19)", () => {
  let files: string[] = [];
  let reports: CheckReport[] = [];
  beforeAll(async () => {
    files = [
      await countyReturn("定海区.xlsx", "定海区", 0, [zs]),
      await countyReturn("普陀区.xlsx", "普陀区", -0.06, [zs]),
      await countyReturn("岱山县.xlsx", "岱山县", 0.08, [zs]),
    ];
    reports = await Promise.all(files.map(reportOf));
  });

  test("CLI: 汇总 lists the counties as rows, each with its check counts", async () => {
    const out = join(dir, "cli-summary.xlsx");
    const r = await cli("summary", ...files, "--out", out);
    expect(r.code).toBe(0);
    const g = await readXlsxBuffer(readFileSync(out));
    const s = sheetOf(g, SUMMARY_SHEET);
    const head = rowOf(s, 1, "填报单位");
    expect(head).toBeGreaterThan(0);
    const heads = texts(s)[head - 1] ?? [];
    reports.forEach((rep, i) => {
      const row = texts(s)[head + i] ?? [];
      expect(row[0]).toBe(rep.reportingUnit);
      for (const code of STATUS_CODES) expect(Number(row[heads.indexOf(STATUS_LABELS[code])])).toBe(rep.counts[code]);
    });
    expect(g.sheets.map((x) => x.name)).toEqual([SUMMARY_SHEET, FLAGS_SHEET]);
  });

  test.each([
    ["indicators only (every status coloured)", () => [zs], /^各单位状态分布$/],
    ["with a qualitative row (待人工评估, not drawn)", () => [findTemplate("quzhou-2021-2025") as Template], /^各单位状态分布（图中不含待人工评估 \d+ 项）$/],
  ] as const)("the chart's title says which statuses its bars leave out: %s", async (_, templates, title) => {
    // the words row (保持全省领先) with what was done written: 待人工评估 (left blank it is 未填报, §3)
    const written: InputEntry[] = templates().some((t) => t.id === "quzhou-2021-2025") ? [{ template: "quzhou-2021-2025", id: "qz21-10", key: "in:2023", value: "全省第2" }] : [];
    const given = [await countyReturn("t1.xlsx", "甲县", 0, [...templates()], 2023, written), await countyReturn("t2.xlsx", "乙县", 0.1, [...templates()], 2023, written)];
    const out = join(dir, `chart-title-${given.length}-${templates()[0]!.id}.xlsx`);
    expect((await cli("summary", ...given, "--out", out)).code).toBe(0);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file(Object.keys(zip.files).find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))!)!.async("string");
    const shown = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");
    expect(shown).toMatch(title);
  });

  test("CLI: the summary workbook carries one native chart, one bar per county", async () => {
    const out = join(dir, "chart.xlsx");
    expect((await cli("summary", ...files, "--out", out)).code).toBe(0);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0]!)!.async("string");
    expect(xml).toContain("各单位状态分布");
    const cats = /<c:cat><c:strRef><c:f>([^<]+)<\/c:f>/.exec(xml)?.[1] ?? "";
    // a copy of the units' rows in hidden columns beside the chart (trial37b F1: the table repeats its header on a new page)
    const [, a, b] = /\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+)/.exec(cats) ?? [];
    expect(Number(b) - Number(a) + 1).toBe(files.length);
  });

  test("the streaming writer and the plan writer write the same cells", async () => {
    const s = summarize(reports.map((report, i) => ({ file: files[i]!, report })));
    if (!s.ok) throw new Error(s.message);
    const link = (_f: string, sheet: string, cell: string): string => internalLink(sheet, cell);
    const plan = summaryWorkbookPlan(s.figures, link);
    const streamed = await readXlsxBuffer(await streamXlsx((open) => writeSummarySheets(s.figures, link, open)));
    const buffered = await readXlsxBuffer(await planToXlsx(plan));
    expect(streamed.sheets.map((x) => x.name)).toEqual(buffered.sheets.map((x) => x.name));
    for (const sh of buffered.sheets) expect(texts(sheetOf(streamed, sh.name))).toEqual(texts(sh));
    expect(planTexts(plan.sheets[0]!).get("A1")).toBe("2023年度规划指标填报汇总");
  });

  test.each([[[2]], [[2, 3]], [[]]])("the streaming writer hides the rows a sheet hides (%j), as the plan writer does", async (hidden) => {
    const bytes = await streamXlsx(function* (open) {
      const s = open("报送台账");
      s.addColumn("a", 10);
      for (let r = 1; r <= 4; r++) {
        s.value(r, 1, `row ${r}`);
        if (hidden.includes(r)) s.sheet.hiddenRows.push(r);
        yield;
      }
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("报送台账")!;
    expect([1, 2, 3, 4].filter((r) => ws.getRow(r).hidden)).toEqual(hidden);
  });

  test("a tally over a file spool gives the figures summarize gives in memory", () => {
    const spool = FileRowStore.folder();
    try {
      const tally = new SummaryTally(() => spool.store());
      reports.forEach((rep, i) => expect(tally.add(files[i]!, rep)).toBeNull());
      const spooled = tally.figures();
      const inMemory = summarize(reports.map((report, i) => ({ file: files[i]!, report })));
      if (!spooled.ok || !inMemory.ok) throw new Error("refused");
      expect([...spooled.figures.flags]).toEqual(inMemory.figures.flags);
      expect([...spooled.figures.lagging]).toEqual(inMemory.figures.lagging);
      expect(spooled.figures.flags.length).toBe(inMemory.figures.flags.length);
      expect(spooled.figures.byDomain).toEqual(inMemory.figures.byDomain);
    } finally {
      spool.remove();
    }
  });

  test.each([
    ["two counties", 2, false],
    ["5,000 counties with long names", 5000, true],
  ])("%s: every cell within Excel's 32,767 characters; the full list on 汇总范围 when shortened", (_n, count, shortened) => {
    const base = reports[0]!;
    const inputs = Array.from({ length: count }, (_, i) => ({ file: `县${i}.xlsx`, report: { ...base, reportingUnit: `第${i + 1}个县级行政区划单位（含功能区与开发区）` } }));
    const s = summarize(inputs);
    if (!s.ok) throw new Error(s.message);
    const plan = summaryWorkbookPlan(s.figures, (_f, sheet, cell) => internalLink(sheet, cell));
    for (const sh of plan.sheets) for (const c of sh.cells) expect(String(c.value ?? "").length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(scopeLine(s.figures.units).shortened).toBe(shortened);
    const units = plan.sheets.find((x) => x.name === UNITS_SHEET);
    expect(units !== undefined).toBe(shortened);
    if (units) expect(units.cells.filter((c) => c.address.startsWith("B") && c.address !== "B1").map((c) => c.value)).toEqual(s.figures.units.map((u) => u.unit));
    // no chart can show thousands of bars; a few counties get one
    expect(plan.sheets[0]?.charts?.length ?? 0).toBe(shortened ? 0 : 1);
  });

  test("empty project and reform sections are left out; present ones are kept", async () => {
    const only = summarize(reports.map((report, i) => ({ file: files[i]!, report })));
    const mixedFile = await countyReturn("mixed.xlsx", "定海区", 0, [zs, projects, reforms], 2024);
    const mixed = summarize([{ file: mixedFile, report: await reportOf(mixedFile) }]);
    if (!only.ok || !mixed.ok) throw new Error("refused");
    const sections = (f: typeof only.figures): string[] => summaryWorkbookPlan(f, internalLink).sheets[0]!.cells.filter((c) => c.style === "section").map((c) => String(c.value).replace(/^.、/, ""));
    expect(sections(only.figures)).toEqual(["按单位统计", "按模板与领域统计", "滞后与严重滞后指标（约束性指标优先）"]);
    expect(sections(mixed.figures)).toEqual(["按模板与领域统计", "滞后与严重滞后指标（约束性指标优先）", "项目", "改革进展"]);
  });

  test("a long list breaks pages by hand, each continued page starting with the table's header row", () => {
    const base = reports[0]!;
    const inputs = Array.from({ length: 12 }, (_, i) => ({ file: `县${i}.xlsx`, report: { ...base, reportingUnit: `县${i + 1}` } }));
    const s = summarize(inputs);
    if (!s.ok) throw new Error(s.message);
    const sheet = summaryWorkbookPlan(s.figures, internalLink).sheets[0]!;
    const breaks = sheet.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(2);
    const at = new Map(sheet.cells.map((c) => [c.address, c]));
    const lagHead = sheet.cells.find((c) => c.value === "指标" && c.style === "header")!;
    const lagStart = Number(lagHead.address.slice(1));
    for (const b of breaks.filter((x) => x > lagStart)) {
      const next = at.get(`A${b + 1}`);
      // a page inside the lagging list starts with its header again (or a new section)
      expect(next?.style === "header" || next?.style === "section").toBe(true);
    }
    // each page's rows fit the printable height
    const bounds = [0, ...breaks, Math.max(...Object.keys(sheet.rowHeights).map(Number))];
    for (let i = 1; i < bounds.length; i++) {
      let h = 0;
      for (let r = bounds[i - 1]! + 1; r <= bounds[i]!; r++) h += sheet.rowHeights[r] ?? 15;
      expect(h).toBeLessThanOrEqual(500);
    }
  });

  test("FileRowStore gives back what was pushed, in order, across its 1 MiB chunks and multi-byte text", () => {
    const spool = FileRowStore.folder();
    try {
      const store = spool.store<{ i: number; text: string }>();
      const rows = Array.from({ length: 30000 }, (_, i) => ({ i, text: `${"滞后指标须填写说明".repeat(i % 7)}—${i}\u{1F600}` }));
      for (const r of rows) store.push(r);
      expect(store.length).toBe(rows.length);
      expect([...store]).toEqual(rows);
      expect([...store]).toEqual(rows); // iterated twice
    } finally {
      spool.remove();
    }
  });

  test("refusals: two years as many returns each (give --year), the same return twice (named)", async () => {
    const other = await countyReturn("y2024.xlsx", "嵊泗县", 0, [zs], 2024);
    const r1 = await cli("summary", files[0]!, other, "--out", join(dir, "bad1.xlsx"));
    expect(r1.code).toBe(1);
    expect(r1.err).toContain("2023、2024 年度各 1 份");
    const r2 = await cli("summary", files[0]!, files[0]!, "--out", join(dir, "bad2.xlsx"));
    expect(r2.code).toBe(1);
    expect(r2.err).toContain("定海区.xlsx");
    // a return with nothing entered, named twice: the same file, not two versions of one unit
    const blank = join(dir, "空表.xlsx");
    expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--unit", "岱山县", "--out", blank)).code).toBe(0);
    const r3 = await cli("summary", files[0]!, blank, blank, "--out", join(dir, "bad3.xlsx"));
    expect([r3.code, r3.out]).toEqual([1, ""]);
    expect(r3.err).toContain("空表.xlsx");
    void ExcelJS;
  });
});
