import { EMPTY, num, type CellValue } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { paceClause } from "../../src/domain/evaluationText";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationRow, type RowFacts } from "./evaluationRow";

/**
 * A table of yearly amounts toward a period total (3 3 3 3 〔15〕; evaluation-rules §6, our reading):
 * check judges Y's own amount against Y's own target, while the forecast, the pace and the total the
 * report quotes are the sum B+1…Y, a blank year counted as 0 and said so. A trial's 2021–2023 left blank
 * and 3 in 2024 read 已达标 with no warning in check, and 基本符合预期 beside 预计难以完成（此前年均 0.75 个）
 * in the report; a return filled 3, 3, 3, 3 read the same, the forecast taking 2024's 3 for the total.
 */
const YEARLY = { 2021: "3", 2022: "3", 2023: "3", 2024: "3", 2025: "〔15〕" };
const row = (values: RowFacts["values"]): RowFacts =>
  ({ name: "新建村级卫生服务站（个）", attribute: "预期性", unit: "个", baseline: "—", target: "〔15〕", yearlyTargets: YEARLY, values, domain: "医疗资源" });

describe("yearly amounts toward a period total: the total is the years' sum", () => {
  test.each<[string, RowFacts["values"], string, number, number, boolean, number, number, number[] | undefined]>([
    // 3 + 0.75 × 1 = 3.75 against 15: blank years counted as 0, and said
    ["2021–2023 blank, 3 in 2024", { 2024: 3 }, "on_schedule", 3, 3.75, false, 12, 0.75, [2021, 2022, 2023]],
    // 12 + 3 × 1 = 15: on course, as its grade says
    ["3 every year", { 2021: 3, 2022: 3, 2023: 3, 2024: 3 }, "on_schedule", 12, 15, true, 3, 3, undefined],
    // 6 + 1.5 = 7.5: a miss the pace explains
    ["1, 1, 1, 3", { 2021: 1, 2022: 1, 2023: 1, 2024: 3 }, "on_schedule", 6, 7.5, false, 9, 1.5, undefined],
    // 15 already by 2024: the period total reached early
    ["4, 4, 4, 3: 15 by 2024", { 2021: 4, 2022: 4, 2023: 4, 2024: 3 }, "early", 15, NaN, true, 0, 3.75, undefined],
    // a gap between filled years
    ["2022 blank", { 2021: 3, 2022: null, 2023: 3, 2024: 3 }, "on_schedule", 9, 11.25, false, 6, 2.25, [2022]],
  ])("%s", (_why, values, grade, total, f, meets, needed, achieved, gaps) => {
    const g = evaluationRow(row(values), 2024).graded;
    expect(g.result.status).toBe("met"); // check: 2024's own 3 against 2024's 3
    expect(g.grade).toBe(grade);
    expect(g.total).toBe(total);
    if (!Number.isNaN(f)) expect(g.forecast.value).toBeCloseTo(f, 6);
    expect(g.forecast.meets).toBe(meets);
    expect(g.pace.needed).toBeCloseTo(needed, 6);
    expect(g.pace.achieved).toBeCloseTo(achieved, 6);
    expect(g.pace.gaps).toEqual(gaps);
    // the series is the running total (the trend band runs through it)
    expect(g.series[g.series.length - 1]).toEqual({ year: 2024, value: total });
  });

  test.each([
    ["zh", "（预计 2025 年累计 3.8 个，目标 〔15 个〕；需年均完成 12 个，此前年均完成 0.75 个；2021—2023 年未填报，按 0 计入累计）"],
    ["en", "(forecast 3.8 个 in total in 2025, target 〔15 个〕; needs 12 个 a year, so far 0.75 个 a year; no value for 2021–2023, counted as 0 in the total)"],
  ] as const)("the paragraph says the blank years counted as 0 (%s)", (lang, said) => {
    const r = evaluationRow(row({ 2024: 3 }), 2024);
    expect(returnParagraph({ items: [r], year: 2024, targetYear: 2025 }, lang)).toContain(said);
  });

  test.each<[string, RowFacts["values"], string, string]>([
    ["blank years", { 2024: 3 }, "累计 3（2024 年 3）", "需年均完成 12 个，此前年均完成 0.75 个；2021—2023 年未填报，按 0 计入累计"],
    ["every year filled: the total is the sum, not 2024's 3", { 2021: 3, 2022: 3, 2023: 3, 2024: 3 }, "累计 12（2024 年 3）", "需年均完成 3 个，此前年均完成 3 个"],
    ["runs of blank years", { 2021: null, 2022: null, 2023: 2, 2024: 3 }, "累计 5（2024 年 3）", "需年均完成 10 个，此前年均完成 1.3 个；2021—2022 年未填报，按 0 计入累计"],
  ])("the 附表 quotes the total and says the blank years (%s)", (_why, values, actual, pace) => {
    const cols = evaluationColumns(evaluationRow(row(values), 2024), 1, 2024);
    expect(cols[6]).toBe(actual);
    expect(cols[11]).toBe(pace);
  });

  test("paceClause names non-consecutive blank years by runs", () => {
    const pace = { needed: 4, achieved: 1, plan: ["—", "〔15〕"], gaps: [2021, 2022, 2024] };
    expect(paceClause({ unit: "个", cumulative: true, pace }, "zh")).toBe("需年均完成 4 个，此前年均完成 1 个；2021—2022、2024 年未填报，按 0 计入累计");
  });
});

describe("check warns of the blank years of a yearly-amount row, as of a cumulative sum (§3)", () => {
  const spec = { name: "新建村级卫生服务站（个）", unit: "个", baseline: "—", target: "〔15〕", yearlyTargets: YEARLY, baselineYear: 2020, targetYear: 2025 };
  const cells = { 2021: "J13", 2022: "L13", 2023: "N13", 2024: "P13" };
  // one warning per row, on the first blank year's cell, the years together (trial40 F6: one a year)
  test.each<[string, Record<string, CellValue>, Array<[string | undefined, string | number | undefined]>]>([
    ["2021–2023 blank", { 2024: num(3) }, [["J13", "2021,2022,2023"]]],
    ["2022 blank", { 2021: num(3), 2022: EMPTY, 2023: num(3), 2024: num(3) }, [["L13", "2022"]]],
    ["every year filled", { 2021: num(3), 2022: num(3), 2023: num(3), 2024: num(3) }, []],
  ])("%s", (_why, actuals, gaps) => {
    const r = evaluateIndicator({ spec, year: 2024, actuals, cells });
    expect(r.status).toBe("met");
    expect(r.issues.filter((i) => i.code === "cumulative_gap").map((i) => [i.cell, i.params?.["years"]])).toEqual(gaps);
  });
});
