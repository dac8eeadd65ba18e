import ExcelJS from "exceljs";
import { carriedSlips } from "../../src/cycle/carriedSlips";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluateReturn } from "../../src/sheet/evaluateReturn";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { reportedValue } from "../../src/sheet/reportedValue";
import { shownActual } from "../../src/sheet/shownActual";
import { summarize } from "../../src/sheet/summarize";
import { TemplateSchema, type Template } from "../../src/templates/TemplateSchema";
import { docxText } from "../support/docxText";
import { verifiedRow } from "./evaluationRow";

/**
 * trial41b F1, F1b, F2: a number typed with a percent sign in a row whose unit is not % is read as stored (§2a, our
 * reading), and check offers the number as shown (percent_style_unit's `suggestion`, a ×100 slip). §6: where check offers
 * the value a ×10^k slip gives, the row is not graded: 未能评估（数值待核实）. On the old code 1.82 typed as 1.82% in a
 * 比 row (0.0182) was 提前实现 (progress >999%), 11.1% in a 年 row 滞后于预期 (倒退), and 0.7% in a cumulative 个百分点 row
 * summed as 0.007 while the text quoted 0.7%. The report, the summary's 评估报告不予评估 list and rollover's carried slips
 * name the same rows (one rule: valueToVerify, isScaleSlip); the year is written as the stored number its total reads.
 */
const template = TemplateSchema.parse({
  schemaVersion: 1, id: "pct-test", kind: "indicators", title: "云溪县“十四五”主要指标", region: "云溪县", source: { document: "plan.txt", table: "主要指标" },
  baselineYear: 2020, targetYear: 2025, notes: [], yearlyTargetYears: [],
  indicators: [
    { id: "r01", domain: "民生", number: "1", name: "城乡居民收入比", unit: "比", attribute: "预期性", baseline: "1.85", target: "<1.75", targetKind: "ceiling", source: "r01" },
    { id: "r02", domain: "创新", number: "2", name: "数字经济核心产业增加值占GDP比重提高", unit: "个百分点", attribute: "预期性", baseline: "/", target: "[3]", targetKind: "cumulative", source: "r02" },
    { id: "r03", domain: "民生", number: "3", name: "劳动年龄人口平均受教育年限", unit: "年", attribute: "约束性", baseline: "10.8", target: "11.3", targetKind: "point", source: "r03" },
  ],
}) as Template;

const VALUES: Record<string, Record<number, number>> = {
  r01: { 2021: 1.84, 2022: 1.83, 2023: 0.0182 },
  r02: { 2021: 0.5, 2022: 0.6, 2023: 0.007 },
  r03: { 2021: 10.9, 2022: 11, 2023: 0.111 },
};

/** The 2023 return with each row's 2023 cell in `format` (a percent style, as the trial's cells were, or General). */
async function returnIn(format: string): Promise<Awaited<ReturnType<typeof readXlsxZip>>> {
  const wb = planToWorkbook(buildWorkbookPlan([template], { year: 2023, reportingUnit: "云溪县" })) as ExcelJS.Workbook;
  const entries: InputEntry[] = Object.entries(VALUES).flatMap(([id, ys]) => Object.entries(ys).map(([y, value]) => ({ template: template.id, id, key: `in:${y}`, value })));
  expect(fillInputs(wb, entries)).toEqual([]);
  const typed = new Set(Object.values(VALUES).map((ys) => ys[2023]));
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === "number" && typed.has(cell.value)) cell.style = { ...cell.style, numFmt: format };
  })));
  return readXlsxZip(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
}

describe("a number typed with % in a row whose unit is not %, check offering it as shown: 未能评估（数值待核实）", () => {
  test.each<[string, string, string, number, string, string]>([
    // id, what check offers, the year as the report writes it (the stored number), the value as typed, the total where cumulative
    // trial41e F5: the stored number written whole, as check and the 附表 write it (0.018 and 0.11 before)
    ["F1: 1.82% in a 比 row (stored 0.0182, 提前实现 before)", "r01", "0.0182", 1.82, "城乡居民收入比（单元格为百分比格式，是否应为 1.82？）", "0.0182"],
    ["F2: 0.7% in a cumulative 个百分点 row (summed 0.007, quoted 0.7% before)", "r02", "0.007", 0.7, "数字经济核心产业增加值占GDP比重提高（单元格为百分比格式，是否应为 0.7？）", "1.11"],
    ["F1b: 11.1% in a binding 年 row (stored 0.111, 滞后 倒退 before)", "r03", "0.111", 11.1, "劳动年龄人口平均受教育年限（单元格为百分比格式，是否应为 11.1？）", "0.111"],
  ])("%s", async (_why, id, year, meant, named, shown) => {
    const g = await returnIn("0.0%");
    const c = checkGrid(g);
    if (!c.ok) throw new Error("not checked");
    const report = evaluateReturn(g, c.report, [template], "2023-云溪县.xlsx");
    const row = report.items.find((i) => i.id === id);
    if (!row) throw new Error(id);
    expect([row.graded.grade, row.graded.reason, row.verify?.code, row.verify?.meant]).toEqual(["not_graded", "scale_suspect", "percent_style_unit", meant]);
    expect(row.graded.forecast.value).toBeNull();
    expect([reportedValue(row), shownActual(row)]).toEqual([year, shown]);
    expect(report.text).toContain(named);
    // the Word report's 分领域 line: the same number, and no 进度 for a row it does not grade (trial41e F5: 0.018 and 进度 >999%)
    const c2 = combineEvaluations([report]);
    if (!c2.ok) throw new Error("not combined");
    const line = (await docxText(c2.report)).split("\n").find((l) => l.startsWith(`${row.name}（`) && l.includes("未能评估")) ?? "";
    expect({ year: line.includes(`2023 年 ${year}`) && !/\d/.test(line.split(`2023 年 ${year}`)[1]?.[0] ?? ""), progress: /进度 /.test(line), line }).toEqual({ year: true, progress: false, line });
    // the summary's 评估报告不予评估 and rollover's carried slips name the same rows (one rule)
    const s = summarize([{ file: "2023-云溪县.xlsx", report: c.report }]);
    if (!s.ok) throw new Error(s.message);
    expect((s.figures.toVerify ?? []).map((r) => r.item.id)).toContain(id);
    expect(carriedSlips(c.report.items, c.report.items, 2023).filter((x) => x.code === "percent_style_unit").map((x) => [x.name, x.meant])).toContainEqual([row.name, meant]);
  });

  test("typed in General, the same numbers are graded on their value (nothing offered)", async () => {
    const g = await returnIn("General");
    const c = checkGrid(g);
    if (!c.ok) throw new Error("not checked");
    const report = evaluateReturn(g, c.report, [template], "2023-云溪县.xlsx");
    expect(report.items.map((i) => i.verify?.code === "percent_style_unit")).toEqual([false, false, false]);
  });
});

/**
 * trial41b F3: at the target year §6 knows 已实现 and 未完成, never 预警, and reads no trend: the 期末 report said of a binding
 * row not graded "是否预警无法判断", and of an earlier year's refused value "未计入趋势". Now 是否完成无法判断, and nothing of the
 * earlier year; before T, as before.
 */
describe("the final year's report speaks of completion, not of 预警 or a trend", () => {
  const co2 = { name: "单位地区生产总值能源消耗降低", attribute: "约束性", unit: "%", baseline: "—", target: "〔14〕", values: { 2021: 3, 2022: 3, 2023: 3, 2024: 3, 2025: "２.８" } };
  const air = { name: "空气质量优良天数比率", attribute: "约束性", unit: "%", baseline: "93", target: "≥95", values: { 2021: 94, 2022: 94.5, 2023: "95%", 2024: 95.5, 2025: 96 } };
  test.each<[string, number, "zh" | "en", string, string]>([
    ["zh at T", 2025, "zh", "是否完成无法判断：单位地区生产总值能源消耗降低。", "未计入趋势"],
    ["en at T", 2025, "en", "so whether it is achieved cannot be told: 单位地区生产总值能源消耗降低.", "Left out of the trend"],
    ["zh before T", 2024, "zh", "是否预警无法判断：单位地区生产总值能源消耗降低。", "是否完成无法判断"],
  ])("%s", (_why, year, lang, says, never) => {
    const values = { ...co2.values, [year]: "２.８" };
    const items = [verifiedRow({ ...co2, values }, year), verifiedRow(air, year)];
    const text = returnParagraph({ items, year, targetYear: 2025 }, lang);
    expect(text).toContain(says);
    expect(text).not.toContain(never);
    if (year < 2025) expect(text).toContain("未计入趋势与预测：空气质量优良天数比率 2023 年");
  });
});
