import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { setSavedAt } from "../support/savedAt";

/**
 * trial43b F1: the warning that units sent identical figures compared the returns cell by cell and took in every file:
 * summary named 云和县's first version, not the one it summed (whose figures differ), where report named none; and it
 * missed three counties alike in every figure, one with a blank row inserted, one with its rows sorted. Now returns are
 * compared by indicator and year (tableContent's `values`), only those counted (sameValueGroups' `counted`), in summary
 * and report alike.
 * trial43b F4: three versions of 南湖区 saved in one second, differing only in layout, were refused as 几版无法区分新旧：内容
 * 不同 where diff found 0 changes: versions whose tables hold the same values and 说明 are one return, one counted.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
type Layout = "plain" | "blank row" | "rows sorted" | "column inserted" | "notes outside";

/** The 表2 sheet's layout changed as a county's clerk would (the rows' ids and keys move with them). */
function relayout(wb: ExcelJS.Workbook, layout: Layout): void {
  const ws = wb.worksheets.find((w) => w.name.includes("表2"));
  if (!ws) throw new Error("表2");
  if (layout === "blank row") ws.spliceRows(10, 0, []);
  if (layout === "rows sorted") {
    const rows = Array.from({ length: 48 }, (_, i) => ws.getRow(4 + i).values);
    rows.reverse().forEach((v, i) => { ws.getRow(4 + i).values = v as ExcelJS.CellValue[]; });
  }
  if (layout === "column inserted") ws.spliceColumns(3, 0, []);
  if (layout === "notes outside") ws.getCell(60, 2).value = "县统计局：以快报数为准";
}

/** A 2023 return of `unit` with the sample values (the first one changed by `bump`), in `layout`, saved at `saved` (ISO). */
async function returnFile(file: string, unit: string, layout: Layout, saved: string, bump = 0): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  let bumped = false;
  fillInputs(wb, sampleReturn(zs, 2023).map((e) => {
    if (bumped || !bump || typeof e.value !== "number" || e.key !== "in:2023") return e;
    bumped = true;
    return { ...e, value: e.value + bump };
  }));
  // round-trip through bytes, as a saved file would be, then the clerk's layout
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer() as ArrayBuffer);
  relayout(back, layout);
  writeFileSync(file, Buffer.from(await back.xlsx.writeBuffer() as ArrayBuffer));
  await setSavedAt(file, saved);
  return file;
}

const root = mkdtempSync(join(tmpdir(), "alike-by-indicator-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Sent = { name: string; unit: string; layout: Layout; saved: string; bump?: number };
const T1 = "2024-01-10T01:00:00Z", T2 = "2024-01-20T01:00:00Z";

describe("units alike in every figure: by indicator and year, among the returns counted", () => {
  // [why, the files, the units named (the files named: by their names), or none]
  test.each<[string, Sent[], Array<[string, string]> | null]>([
    ["a blank row inserted, rows sorted: three units alike", [
      { name: "2023-1东城县.xlsx", unit: "东城县", layout: "plain", saved: T1 },
      { name: "2023-2北岭县.xlsx", unit: "北岭县", layout: "blank row", saved: T1 },
      { name: "2023-3西山县.xlsx", unit: "西山县", layout: "rows sorted", saved: T1 },
    ], [["东城县", "2023-1东城县.xlsx"], ["北岭县", "2023-2北岭县.xlsx"], ["西山县", "2023-3西山县.xlsx"]]],
    ["a column inserted: alike", [
      { name: "2023-1东城县.xlsx", unit: "东城县", layout: "plain", saved: T1 },
      { name: "2023-2北岭县.xlsx", unit: "北岭县", layout: "column inserted", saved: T1 },
    ], [["东城县", "2023-1东城县.xlsx"], ["北岭县", "2023-2北岭县.xlsx"]]],
    ["the superseded version alike, the one counted not: no line", [
      { name: "2023-东城县.xlsx", unit: "东城县", layout: "plain", saved: T1 },
      { name: "2023-云和县.xlsx", unit: "云和县", layout: "plain", saved: T1 },
      { name: "2023-云和县（修改后）.xlsx", unit: "云和县", layout: "plain", saved: T2, bump: 25 },
    ], null],
    ["the version counted alike: named by that file", [
      { name: "2023-东城县.xlsx", unit: "东城县", layout: "plain", saved: T1 },
      { name: "2023-云和县.xlsx", unit: "云和县", layout: "plain", saved: T1, bump: 25 },
      { name: "2023-云和县（修改后）.xlsx", unit: "云和县", layout: "blank row", saved: T2 },
    ], [["东城县", "2023-东城县.xlsx"], ["云和县", "2023-云和县（修改后）.xlsx"]]],
  ])("%s", async (why, sent, named) => {
    const dir = join(root, why.replace(/[^\w\u4e00-\u9fff]+/g, "-"));
    mkdirSync(dir);
    for (const s of sent) await returnFile(join(dir, s.name), s.unit, s.layout, s.saved, s.bump);
    for (const lang of ["zh", "en"] as const) {
      const lines = (out: string): string[] => out.split("\n").filter((l) => l.includes(lang === "en" ? "exactly the same values" : "完全相同"));
      const s = await cli("summary", dir, "--lang", lang);
      const r = await cli("report", dir, "--lang", lang, "--out", join(root, `${why.length}-${lang}-${sent.length}.docx`));
      expect([s.code, r.code]).toEqual([0, 0]);
      const said = (task: "summary" | "report"): string[] => (named ? [cycleMessage("same_values_units", { units: named.map((n) => n[0]).join("、"), files: named.map((n) => join(dir, n[1])).join("、"), n: named.length, task }, lang)] : []);
      // summary and report say the same
      expect(lines(s.out)).toEqual(said("summary"));
      expect(lines(r.out)).toEqual(said("report"));
    }
  }, 120000);
});

describe("a unit's versions saved in one second: alike in their tables, one counted; not alike, not told apart", () => {
  test.each<[string, Layout[], number, "zh" | "en", RegExp]>([
    ["three layouts, the same table", ["blank row", "column inserted", "notes outside"], 0, "zh",
      /^南湖区 收到 3 版，按最新一版（[^，]+，其余几版表内的数值和说明与它相同（只是排版或表格以外不同），是同一份填报，只计一次）汇总、评估，不计入：/m],
    ["three layouts, the same table (en)", ["blank row", "column inserted", "notes outside"], 0, "en",
      /^南湖区 sent 3 versions; the latest \([^,]+, the others hold the same values and notes in the table \(they differ only in layout or outside it\), the same return counted once\) is summed and evaluated; not counted: /m],
    ["a value differs: still not told apart (内容不同)", ["blank row", "plain"], 7, "zh", /^南湖区：收到的文件无法汇总（几版无法区分新旧：内容不同而工作簿记录的保存时间相同/m],
  ])("%s", async (why, layouts, bump, lang, line) => {
    const dir = join(root, `versions-${why.replace(/[^\w\u4e00-\u9fff]+/g, "-")}`);
    mkdirSync(dir);
    for (const [i, layout] of layouts.entries()) await returnFile(join(dir, `2023-南湖区-${i + 1}.xlsx`), "南湖区", layout, T1, i === 1 ? bump : 0);
    const c = await cli("check", dir, "--lang", lang);
    expect(c.out).toMatch(line);
    // summary sums one return where they are alike, none where they are not
    const s = await cli("summary", dir, "--json");
    if (bump) expect(s.code).toBe(1);
    else expect([s.code, (JSON.parse(s.out) as { units: unknown[] }).units.length]).toEqual([0, 1]);
  }, 120000);
});
