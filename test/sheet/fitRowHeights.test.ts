import { versionsSheet } from "../../src/cycle/versionsSheet";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { countyGridSheet } from "../../src/sheet/evaluationSheets";
import { fitRowHeights } from "../../src/sheet/fitRowHeights";
import { linesHeight } from "../../src/sheet/linesHeight";
import { SheetBuilder } from "../../src/sheet/SheetBuilder";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { returnOf, type RowFacts } from "../report/evaluationRow";

/**
 * Every row of a generated sheet that holds wrapped text is as tall as its lines: LibreOffice never
 * refits a row of an .xlsx when it opens it (a trial's 县区对比 printed two long 困难残疾人… names
 * over each other, and the 版本变化 sheet cut a 说明 at the next cell).
 */
const LONG_A = "困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%）：困难残疾人生活补贴";
const LONG_B = "困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%）：重度残疾人护理补贴";
const NOTE = "2024年新增慢病筛查，检出增多，已按省卫健委口径重新核算并说明";

function row(sheet: PlannedSheet, text: string): number {
  const c = sheet.cells.find((x) => x.value === text);
  if (!c) throw new Error(`no cell ${text}`);
  return Number(c.address.replace(/^[A-Z]+/, ""));
}

const grid = (): PlannedSheet => {
  const rows: RowFacts[] = [LONG_A, LONG_B, "短名"].map((name) => ({ name, attribute: "预期性", unit: "%", baseline: "90", target: "≥95", values: { 2021: 91, 2022: 92, 2023: 93, 2024: 94 } }));
  const c = combineEvaluations([returnOf("衢江区", rows, 2024), returnOf("龙游县", rows, 2024)]);
  if (!c.ok) throw new Error("not combined");
  return countyGridSheet(c.report);
};

const versions = (): PlannedSheet => versionsSheet([{
  unit: "常山县", files: ["2024-常山县-更正.xlsx", "2024-常山县.xlsx"], by: "name" as never,
  changes: [{ template: "t", id: "a", name: "重大慢病过早死亡率（%）", field: "note", sheet: "衢州市主要指标目标表", cell: "P33", old: "", new: NOTE }],
}], () => "#A1");

describe("a generated sheet's rows are as tall as their wrapped text", () => {
  test.each<[string, () => PlannedSheet, string, number]>([
    ["县区对比: a long name in 指标 (40 wide)", grid, LONG_A, 1],
    ["县区对比: the other long name beside it", grid, LONG_B, 1],
    ["版本变化: a 说明 in 新值", versions, NOTE, 6],
  ])("%s", (_why, make, text, col) => {
    const s = make();
    const r = row(s, text);
    const cell = s.cells.find((x) => x.value === text)!;
    expect(cell.style).toBe("textWrap");
    const lines = wrappedLines(text, s.columns[col - 1]!.width);
    expect(lines).toBeGreaterThan(1);
    expect(s.rowHeights[r]).toBeGreaterThanOrEqual(linesHeight(lines));
  });

  test("a short name's row keeps the sheet's height (none set)", () => {
    const s = grid();
    expect(s.rowHeights[row(s, "短名")]).toBeUndefined();
  });
});

// trial41a F7: 版本变化's 指标/项目 was 30 wide whatever the names, so a name of 19 characters (每千人口拥有3岁以下婴幼儿托位数（个）)
// was measured as two lines and its row printed at double height where LibreOffice set it on one; the column is now as
// wide as the names (up to 44), a name longer than that still wrapped and its row fitted
describe("版本变化: 指标/项目 as wide as its names", () => {
  const named = (name: string): PlannedSheet => versionsSheet([{
    unit: "智造新城", files: ["2024-智造新城.xlsx", "2024-智造新城（更正）.xlsx"], by: "received",
    changes: [{ template: "t", id: "a", name, field: "2021", sheet: "衢州市主要指标目标表", cell: "I5", old: "3.06", new: "3.22" }],
  }], () => "#A1");
  test.each<[string, string, boolean]>([
    ["a name of 19 characters: one line, no height set", "每千人口拥有3岁以下婴幼儿托位数（个）", false],
    ["a name of 22: one line too", "全国义务教育优质均衡发展县（市、区）数（个）", false],
    ["a name past the widest column: wrapped, its row fitted", LONG_A, true],
  ])("%s", (_why, name, wraps) => {
    const s = named(name);
    const width = s.columns[1]!.width;
    expect(width).toBeLessThanOrEqual(44);
    expect(wrappedLines(name, width) > 1).toBe(wraps);
    const r = row(s, name);
    if (wraps) expect(s.rowHeights[r]).toBeGreaterThanOrEqual(linesHeight(wrappedLines(name, width)));
    else expect(s.rowHeights[r]).toBeUndefined();
  });
});

describe("fitRowHeights", () => {
  const sheet = (height: number | undefined, style: "textWrap" | "text", merged = false): PlannedSheet => {
    const b = new SheetBuilder("s", "template");
    b.addColumn("a", 10);
    b.addColumn("b", 10);
    b.value(2, 1, "一二三四五六七八九十一二三四五", style);
    if (merged) b.sheet.merges.push("A2:B2");
    if (height !== undefined) b.sheet.rowHeights[2] = height;
    return fitRowHeights(b.sheet);
  };
  // 15 CJK characters in a column 10 wide: three lines, 44 pt
  test.each<[string, PlannedSheet, number | undefined]>([
    ["raised from nothing", sheet(undefined, "textWrap"), linesHeight(3)],
    ["raised from too short", sheet(20, "textWrap"), linesHeight(3)],
    ["never lowered", sheet(80, "textWrap"), 80],
    ["text that does not wrap is left alone", sheet(undefined, "text"), undefined],
    ["a merged cell is its writer's to measure", sheet(20, "textWrap", true), 20],
  ])("%s", (_why, s, height) => {
    expect(s.rowHeights[2]).toBe(height);
  });
});
