import ExcelJS from "exceljs";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { evaluateReturn } from "../../src/sheet/evaluateReturn";
import { summarize } from "../../src/sheet/summarize";
import { TemplateSchema, type Template } from "../../src/templates/TemplateSchema";

/**
 * The rows the report does not grade for a value to verify (未能评估（数值待核实）) are the rows the summary
 * lists as 评估报告不予评估 (SummaryTally's toVerify), from one rule (ungradedDoubt). trial26b: 柯城区's
 * 新增造林面积 〔6〕 filled 1.3, 1.2, 1.2, 1.1, 6 in the final year was 未能评估 in the report, yet the
 * summary counted it 已达标 and did not name it.
 */
const template = TemplateSchema.parse({
  schemaVersion: 1, id: "agree-test", kind: "indicators", title: "示例“十四五”主要指标", region: "衢州市", source: { document: "plan.txt", table: "主要指标" },
  baselineYear: 2020, targetYear: 2025, notes: [], yearlyTargetYears: [],
  indicators: [{ id: "r01", domain: "绿色生态", number: "1", name: "新增造林面积（万亩）", unit: "万亩", attribute: "约束性", baseline: "/", target: "〔6〕", targetKind: "cumulative", source: "r01" }],
}) as Template;

async function returnFor(year: number, values: Record<number, number>): Promise<ReturnType<typeof readXlsxZip>> {
  const wb = planToWorkbook(buildWorkbookPlan([template], { year, reportingUnit: "柯城区" }));
  const entries: InputEntry[] = Object.entries(values).map(([y, value]) => ({ template: template.id, id: "r01", key: `in:${y}`, value }));
  expect(fillInputs(wb as ExcelJS.Workbook, entries)).toEqual([]);
  return readXlsxZip(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
}

describe("summary's 评估报告不予评估 list and the report's 未能评估（数值待核实） agree", () => {
  test.each<[string, number, Record<number, number>, boolean]>([
    // the period target typed into 2025: summed (10.8) it meets, the cautious reading (4.8) does not
    ["the target typed into the final year", 2025, { 2021: 1.3, 2022: 1.2, 2023: 1.2, 2024: 1.1, 2025: 6 }, true],
    // mid-period the cautious reading grades it (滞后), nothing final
    ["the target typed mid-period", 2023, { 2021: 1.3, 2022: 1.2, 2023: 6 }, false],
    // running totals past the target: both readings meet, graded
    ["running totals past the target at T", 2025, { 2021: 1.3, 2022: 2.5, 2023: 3.7, 2024: 4.9, 2025: 6.2 }, false],
    // a year far beyond the pace (the previous period's total carried on): never graded
    ["a year far beyond the pace", 2022, { 2021: 1.2, 2022: 19 }, true],
    ["yearly amounts, met at T", 2025, { 2021: 1.3, 2022: 1.2, 2023: 1.2, 2024: 1.1, 2025: 1.4 }, false],
  ])("%s", async (_why, year, values, ungraded) => {
    const g = await returnFor(year, values);
    const c = checkGrid(g);
    if (!c.ok) throw new Error("not checked");
    const report = evaluateReturn(g, c.report, [template], "2025-柯城区.xlsx");
    const s = summarize([{ file: "2025-柯城区.xlsx", report: c.report }]);
    if (!s.ok) throw new Error(s.message);
    const notGraded = report.items.filter((i) => i.graded.reason === "scale_suspect").map((i) => i.id);
    expect(notGraded).toEqual(ungraded ? ["r01"] : []);
    expect((s.figures.toVerify ?? []).map((r) => r.item.id)).toEqual(notGraded);
  });
});

/**
 * trial34 C2: 九年义务教育巩固率 99.6 → `99.7左右`（约束性）filled 91 in 2023 is 已达标 by the band (89.73–100) and 倒退 by
 * approximate_backwards. The report counted it 提前实现 and, in the same paragraph, 数值待核实; the summary counted it plain
 * 已达标. Now the report does not grade it (未能评估（数值待核实）, as a cumulative row's doubt) and the summary names it among the
 * rows the report leaves out; in the band and not 倒退, or out of the band (滞后), it is graded as before.
 */
const rate = TemplateSchema.parse({
  schemaVersion: 1, id: "rate-test", kind: "indicators", title: "示例教育“十四五”主要指标", region: "江山市", source: { document: "plan.txt", table: "主要指标" },
  baselineYear: 2020, targetYear: 2025, notes: [], yearlyTargetYears: [],
  indicators: [{ id: "r01", domain: "义务教育", number: "1", name: "九年义务教育巩固率", unit: "%", attribute: "约束性", baseline: "99.6", target: "99.7左右", targetKind: "approximate", source: "r01" }],
}) as Template;

describe("a 左右 row met by its band yet 倒退: the report and the summary leave it ungraded alike", () => {
  test.each<[string, Record<number, number>, string | null]>([
    ["the trial's 91 (倒退, in the band)", { 2021: 99.5, 2022: 99, 2023: 91 }, null],
    ["99.7 (met, not 倒退): 提前实现", { 2021: 99.6, 2022: 99.6, 2023: 99.7 }, "early"],
    ["85 (倒退, out of the band): 滞后于预期, graded", { 2021: 99.5, 2022: 99, 2023: 85 }, "behind"],
  ])("%s", async (_why, values, grade) => {
    const wb = planToWorkbook(buildWorkbookPlan([rate], { year: 2023, reportingUnit: "樟潭街道" }));
    const entries: InputEntry[] = Object.entries(values).map(([y, value]) => ({ template: rate.id, id: "r01", key: `in:${y}`, value }));
    expect(fillInputs(wb as ExcelJS.Workbook, entries)).toEqual([]);
    const g = await readXlsxZip(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
    const c = checkGrid(g);
    if (!c.ok) throw new Error("not checked");
    const report = evaluateReturn(g, c.report, [rate], "2023-樟潭.xlsx");
    const s = summarize([{ file: "2023-樟潭.xlsx", report: c.report }]);
    if (!s.ok) throw new Error(s.message);
    const item = report.items[0]!;
    expect(item.graded.grade).toBe(grade ?? "not_graded");
    expect((s.figures.toVerify ?? []).map((r) => r.item.id)).toEqual(grade === null ? ["r01"] : []);
    if (grade === null) {
      expect(report.text).toContain("未能评估 1 项（数值待核实 1 项）");
      expect(report.text).not.toContain("提前实现 1 项");
    }
  });
});
