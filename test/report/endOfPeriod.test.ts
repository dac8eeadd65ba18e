import { EMPTY, num, str, type CellValue } from "../../src/domain/CellValue";
import { evaluationText, type TextItem } from "../../src/domain/evaluationText";
import { gradeIndicator } from "../../src/domain/gradeIndicator";
import type { Grade } from "../../src/domain/Grade";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { indicatorTemplate } from "../support/seedRows";

/** An item of the paragraph at or after its plan's target year: no forecast is made (§6). */
const item = (name: string, attribute: string, grade: Grade, more: Partial<TextItem> = {}): TextItem => ({
  name, attribute, unit: "%", grade, cumulative: false, forecast: { meets: null }, pace: { needed: null, achieved: null },
  targetYear: 2025, actual: "90", target: "≥95", ...more,
});

const lagging = [
  item("甲", "预期性", "behind"),
  item("乙", "约束性", "behind", { responsibleUnit: "市卫健委" }),
  item("丙", "预期性", "achieved"),
  item("丁", "约束性", "on_schedule", { actual: "25", target: ">25" }),
  item("戊", "预期性", "not_graded"),
];

describe("the paragraph at and after the plan's last year (§6, our reading): what is not achieved, not a forecast", () => {
  test.each([
    ["Y = T, zh: 未完成 k 项, binding first with 责任单位", lagging, 2025, 2025, "zh",
      "截至规划期末（2025 年），已实现 1 项，未完成 3 项（其中约束性 2 项），未能评估 1 项。未完成的 3 项：乙（2025 年 90%，目标 ≥95；责任单位：市卫健委）；丁（2025 年 25%，目标 >25）；甲（2025 年 90%，目标 ≥95）。"],
    ["Y = T, en", lagging, 2025, 2025, "en",
      "At the end of the plan period (2025): achieved 1, not achieved 3 (of which binding 2), not graded 1. Not achieved: 乙 (2025: 90%, target ≥95; responsible unit: 市卫健委); 丁 (2025: 25%, target >25); 甲 (2025: 90%, target ≥95)."],
    ["Y > T (a plan that ended before the reporting year), zh", lagging.map((i) => ({ ...i, targetYear: 2024 })), 2025, 2024, "zh",
      "规划期已于 2024 年结束；截至 2025 年，已实现 1 项，未完成 3 项（其中约束性 2 项），未能评估 1 项。未完成的 3 项：乙（2025 年 90%，目标 ≥95；责任单位：市卫健委）；丁（2025 年 25%，目标 >25）；甲（2025 年 90%，目标 ≥95）。"],
    ["Y > T, en", lagging.map((i) => ({ ...i, targetYear: 2024 })), 2025, 2024, "en",
      "The plan period ended in 2024; as of 2025: achieved 1, not achieved 3 (of which binding 2), not graded 1. Not achieved: 乙 (2025: 90%, target ≥95; responsible unit: 市卫健委); 丁 (2025: 25%, target >25); 甲 (2025: 90%, target ≥95)."],
    ["Y = T, all graded achieved, zh", [item("丙", "预期性", "achieved"), item("戊", "预期性", "not_graded")], 2025, 2025, "zh",
      "截至规划期末（2025 年），已实现 1 项，未完成 0 项，未能评估 1 项。"],
    ["Y = T, all graded achieved, en", [item("丙", "预期性", "achieved"), item("戊", "预期性", "not_graded")], 2025, 2025, "en",
      "At the end of the plan period (2025): achieved 1, not achieved 0, not graded 1."],
    ["a cumulative target: the running total, said as 累计", [item("职业技能培训(万人)", "预期性", "behind", { unit: "万人", cumulative: true, actual: "13.2", target: "[15]" })], 2025, 2025, "zh",
      "未完成的 1 项：职业技能培训(万人)（2025 年累计 13.2 万人，目标 [15]）。"],
    ["a cumulative target, en", [item("职业技能培训(万人)", "预期性", "behind", { unit: "万人", cumulative: true, actual: "13.2", target: "[15]" })], 2025, 2025, "en",
      "Not achieved: 职业技能培训(万人) (2025: 13.2 万人 in total, target [15])."],
    // trV: a yearly plan (baseline 2024, target 2025) has no 规划期末: 年度计划 wording
    ["a yearly plan, Y = T, zh", lagging.map((i) => ({ ...i, baselineYear: 2024 })), 2025, 2025, "zh",
      "年度计划确定主要指标 5 项（约束性 2 项、预期性 3 项）。截至 2025 年末（2025 年度计划），已实现 1 项，未完成 3 项（其中约束性 2 项），未能评估 1 项。"],
    ["a yearly plan, Y > T, zh", lagging.map((i) => ({ ...i, baselineYear: 2023, targetYear: 2024 })), 2025, 2024, "zh",
      "2024 年度计划已于 2024 年末结束；截至 2025 年，已实现 1 项"],
    ["a yearly plan, Y = T, en", lagging.map((i) => ({ ...i, baselineYear: 2024 })), 2025, 2025, "en",
      "The yearly plan sets 5 main indicators (2 binding, 3 indicative). At the end of 2025 (the 2025 yearly plan): achieved 1"],
    ["a yearly plan ending before a five-year one: 年度计划未完成", [
      item("甲", "约束性", "behind", { baselineYear: 2024, targetYear: 2025 }),
      item("乙", "预期性", "behind", { baselineYear: 2020, targetYear: 2027, forecast: { meets: false }, pace: { needed: 1, achieved: 0.5 } }),
    ], 2025, null, "zh", "2025 年度计划未完成 1 项：甲（2025 年 90%，目标 ≥95）。"],
    ["plans ending in different years: the one ended says so, the other is forecast", [
      item("甲", "约束性", "behind", { targetYear: 2025 }),
      item("乙", "预期性", "behind", { targetYear: 2027, forecast: { meets: false }, pace: { needed: 1, achieved: 0.5 } }),
    ], 2025, null, "zh",
      "截至规划期末（2025 年），未完成 1 项：甲（2025 年 90%，目标 ≥95）。按目前趋势，预计到规划期末难以完成 1 项：乙（需年均提高 1 个百分点，此前年均提高 0.5 个百分点）。"],
  ] as const)("%s", (_why, items, year, targetYear, lang, sentence) => {
    const text = evaluationText(items, year, targetYear, lang);
    expect(text).toContain(sentence);
    expect(text).not.toMatch(/没有预计难以完成|nothing at risk/);
  });

  test("the count of 未完成 equals the table's rows graded but not achieved", () => {
    const text = evaluationText(lagging, 2025, 2025);
    const graded = lagging.filter((i) => i.grade !== "achieved" && i.grade !== "not_graded").length;
    expect(/未完成 (\d+) 项/.exec(text)?.[1]).toBe(String(graded));
  });

  test("the whole paragraph in English, as the zh one in form and counts", () => {
    expect(evaluationText(lagging, 2025, 2025, "en")).toMatch(/^The plan sets 5 main indicators \(2 binding, 3 indicative\)\. At the end of the plan period \(2025\): achieved 1, not achieved 3 \(of which binding 2\), not graded 1\. /);
  });
});

/** One indicator of 舟山 十四五 graded with the cells given. */
function graded(id: string, year: number, values: Record<number, CellValue>) {
  const t = indicatorTemplate("zhoushan-2021-2025");
  const d = t.indicators.find((x) => x.id === id);
  if (!d) throw new Error(id);
  const actuals: Record<string, CellValue> = {};
  for (const [y, v] of Object.entries(values)) actuals[y] = v;
  return gradeIndicator({ spec: indicatorSpec(t, d), year, actuals });
}

const percentStyled = (v: number): CellValue => ({ type: "number", value: v, percentStyle: true } as CellValue);

describe("an earlier year's value that is not a valid number is left out of the trend and said so (§2, §6)", () => {
  const firstPercent = indicatorTemplate("zhoushan-2021-2025").indicators.find((d) => d.name.includes("(%)") && !/增|降|提高/.test(d.name));
  const id = firstPercent?.id ?? "";
  test.each([
    ["0.95 typed as 95% in 2023", { 2021: num(95), 2022: num(96), 2023: percentStyled(0.95), 2024: num(97) }, [2023], "percent_typed"],
    ["text in 2022", { 2021: num(95), 2022: str("约96"), 2023: num(96), 2024: num(97) }, [2022], "not_a_number"],
    ["a formula error in 2021", { 2021: { type: "error", code: "#DIV/0!" } as CellValue, 2022: num(96), 2023: num(96), 2024: num(97) }, [2021], "formula_error"],
    ["every earlier year usable: nothing left out", { 2021: num(95), 2022: EMPTY, 2023: num(96), 2024: num(97) }, [], null],
  ] as const)("%s", (_why, values, years, code) => {
    const g = graded(id, 2024, values);
    expect(g.leftOut.map((l) => l.year)).toEqual(years);
    if (code !== null) expect(g.leftOut[0]?.issue.code).toBe(code);
    expect(g.series.map((p) => p.year)).not.toEqual(expect.arrayContaining(years.length ? [...years] : [0]));
  });

  test.each([
    ["zh", "以下数值不是有效数值，未计入趋势与预测：甲 2023 年（"],
    ["en", "Left out of the trend and forecast as not a valid number: 甲, 2023 ("],
  ] as const)("the paragraph says which value was left out (%s)", (lang, words) => {
    const g = graded(id, 2024, { 2021: num(95), 2022: num(96), 2023: percentStyled(0.95), 2024: num(97) });
    const text = evaluationText([{ ...item("甲", "预期性", g.grade), leftOut: g.leftOut }], 2024, 2025, lang);
    expect(text).toContain(words);
    expect(text).toContain(lang === "zh" ? "0.95" : "0.95");
  });
});
