import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluationWorkbookPlan, GRID_SHEET } from "../../src/sheet/evaluationSheets";
import { columnLetter } from "../../src/sheet/a1";
import { columnPoints } from "../../src/sheet/printSetup";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import JSZip from "jszip";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial31: `report --out 评估.xlsx`'s 县区对比 (an indicator a row, a county a column) was A4 portrait fit to
 * width, and its colour key, one unwrapped line running past the last column, widened the page further:
 * seven counties printed at about 5 pt. Every sheet of the report prints landscape now, one page wide, and
 * the key is merged across the table and wrapped within it (its row as high as its lines).
 */
const row = (name: string, values: RowFacts["values"], attribute = "预期性"): RowFacts => ({ name, attribute, unit: "%", baseline: "50", target: "≥60", values, domain: "经济发展" });
const rows = [row("常住人口城镇化率", { 2025: 61 }), row("城市空气质量优良天数比率", { 2025: 55 }, "约束性")];
const UNITS = ["莲都区", "青田县", "缙云县", "遂昌县", "松阳县", "云和县", "庆元县"];

describe("the report workbook's sheets print landscape, one page wide", () => {
  test.each<[string, number]>([
    ["two counties", 2],
    ["seven counties (trial31)", 7],
  ])("%s", (_why, n) => {
    const c = combineEvaluations(UNITS.slice(0, n).map((u) => returnOf(u, rows, 2025)), []);
    if (!c.ok) throw new Error("not combined");
    const plan = evaluationWorkbookPlan(c.report);
    expect(plan.sheets.map((s) => [s.name, s.print?.landscape, s.print?.fitToWidth])).toEqual(plan.sheets.map((s) => [s.name, true, true]));
    const grid = plan.sheets.find((s) => s.name === GRID_SHEET)!;
    // the key: merged from A2 to the 合计 column, wrapped
    const last = columnLetter(grid.columns.length);
    expect(grid.merges).toContain(`A2:${last}2`);
    expect(grid.cells.find((x) => x.address === "A2")?.style).toBe("subtitleWrap");
  });
});

/**
 * Session 32: with many counties the grid printed one page wide, 18 counties at under half size (about 4.5 pt). It
 * prints as many pages wide as 85 % takes (printSetup's rule for a return), 指标 and 属性 repeated on each page, the
 * header row on every page, as many pages tall as the indicators take; the key then wraps over 指标 and 属性 (merged
 * across every page's columns it was cut at the first page's edge). Checked in the plan and in the written xlsx.
 */
describe("县区对比 with many counties prints readable, pages wide and tall", () => {
  const many = Array.from({ length: 30 }, (_, i) => `第${i + 1}县`);
  const PRINTABLE = ((297 - 2 * 10.16) / 25.4) * 72;
  test.each<[string, number, number]>([
    ["seven counties: one page wide", 7, 1],
    ["twelve counties: two pages wide", 12, 2],
    ["eighteen counties: three pages wide", 18, 3],
    ["thirty counties: four pages wide", 30, 4],
  ])("%s", async (_why, n, pagesWide) => {
    const c = combineEvaluations(many.slice(0, n).map((u) => returnOf(u, rows, 2025)), []);
    if (!c.ok) throw new Error("not combined");
    const plan = evaluationWorkbookPlan(c.report);
    const grid = plan.sheets.find((s) => s.name === GRID_SHEET)!;
    expect(grid.print).toMatchObject({ landscape: true, fitToWidth: true, titleRows: "3:3" });
    expect(grid.print?.pagesWide ?? 1).toBe(pagesWide);
    // the scale the pages wide leave: 10 pt prints at 8.5 pt or larger
    const widths = grid.columns.map((x) => columnPoints(x.width));
    const total = widths.reduce((a, w) => a + w, 0);
    const titles = pagesWide > 1 ? (widths[0] ?? 0) + (widths[1] ?? 0) : 0;
    expect((PRINTABLE * pagesWide) / (total + titles * (pagesWide - 1))).toBeGreaterThanOrEqual(0.85);
    expect(grid.merges).toContain(pagesWide > 1 ? "A2:B2" : `A2:${columnLetter(grid.columns.length)}2`);
    // as written: fit to so many pages wide, any number tall; the header row (and the names, when pages wide) on every page
    const zip = await JSZip.loadAsync(await planToXlsx(plan));
    const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const setup = /<pageSetup[^>]*>/.exec(sheetXml)?.[0] ?? "";
    expect([/orientation="landscape"/.test(setup), /fitToWidth="(\d+)"/.exec(setup)?.[1], /fitToHeight="(\d+)"/.exec(setup)?.[1]]).toEqual([true, String(pagesWide), "0"]);
    const titlesXml = /<definedName name="_xlnm.Print_Titles" localSheetId="0">([^<]*)</.exec((await zip.file("xl/workbook.xml")?.async("string")) ?? "")?.[1] ?? "";
    expect(titlesXml.replace(/&apos;/g, "'")).toBe(pagesWide > 1 ? `'${GRID_SHEET}'!$A:$B,'${GRID_SHEET}'!$3:$3` : `'${GRID_SHEET}'!$3:$3`);
  });
});
