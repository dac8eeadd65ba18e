import { paceClause } from "../../src/domain/evaluationText";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { rowWarning } from "../../src/sheet/rowWarning";
import { warningSection } from "../../src/sheet/warningSection";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationRow, returnOf, type RowFacts } from "./evaluationRow";

/**
 * A row already met is never forecast to miss (evaluation-rules.md §6, our reading): a trial's
 * 科技企业孵化面积, target `5.5左右` against a baseline of 42 (a slip in the plan), 4.8 → 5.6 by 2024,
 * was 已达标 / 提前实现 and yet listed "预计 2025 年 0.0万平方米 … 需年均降低 0.1 … 此前年均降低 9.1 万平方米，
 * 但增势放缓": the line ran from the far-off baseline. A 左右 target's line now runs through the reported
 * years, and a row met before T is 预计可完成 (to be held where its line leaves the target by T).
 */
const area = (baseline: string, values: RowFacts["values"], attribute = "预期性"): RowFacts =>
  ({ name: "科技企业孵化面积", attribute, unit: "万平方米", baseline, target: "5.5左右", values });

const TRIAL = {
  洪塘街道: area("42", { 2021: 4.8, 2022: 5.1, 2023: 5.3, 2024: 5.6 }),
  慈城镇: area("42", { 2021: 4.5, 2022: 4.6, 2023: 4.8, 2024: 4.9 }),
  庄桥街道: area("42", { 2021: 43, 2022: 45, 2023: 46, 2024: 48 }),
};

describe("a 左右 target's forecast follows the reported years; a row met before T is 预计可完成", () => {
  test.each([
    // the trial's 洪塘: line through 4.8 5.1 5.3 5.6 → 5.85 at 2025, within 10% of 5.5
    ["trial 洪塘: met, far-off baseline 42", TRIAL.洪塘街道, "met", "early", 5.85, true, undefined],
    // the trial's 慈城镇: 4.9 is 10.9% short (滞后); the line through 4.5 … 4.9 reads 5.05, within 10%
    ["trial 慈城镇: lagging, the line through the years reaches 5.05", TRIAL.慈城镇, "lagging", "behind", 5.05, true, undefined],
    // the trial's 庄桥 (target likely 55): the years' own line, 49.5, not 49.3 from the baseline
    ["trial 庄桥: far from 5.5 either way", TRIAL.庄桥街道, "severe", "behind", 49.5, false, undefined],
    // a plausible baseline: (2021 4.6) … (2024 5.6), slope .33 → 5.9 at 2025 ≤ 6.05
    ["plausible baseline 4.2: met and 预计可完成", area("4.2", { 2021: 4.6, 2022: 4.9, 2023: 5.2, 2024: 5.6 }), "met", "early", 5.9, true, undefined],
    // met in 2024 (5.9 ≤ 6.05), but rising .63 a year: the line reads 6.5 at 2025, past 左右 → held, not 难以完成
    ["met now, the line overshoots by T: 预计可完成, to be held", area("4.2", { 2021: 4.0, 2022: 4.6, 2023: 5.2, 2024: 5.9 }), "met", "early", null, true, 6.5],
    // one reported year is no trend for a 左右 target: no forecast
    ["one year only: no forecast", area("4.2", { 2021: 4.6 }), "lagging", "behind", null, null, undefined],
  ] as const)("%s", (_why, row, status, grade, value, meets, hold) => {
    const year = Math.max(...Object.keys(row.values).map(Number));
    const g = evaluationRow(row, year).graded;
    expect(g.result.status).toBe(status);
    expect(g.grade).toBe(grade);
    expect(g.forecast.meets).toBe(meets);
    if (value === null) expect(g.forecast.value).toBeNull();
    else expect(g.forecast.value).toBeCloseTo(value, 6);
    if (hold === undefined) expect(g.forecast.hold).toBeUndefined();
    else expect(g.forecast.hold).toBeCloseTo(hold, 6);
  });
});

describe("the report never lists a row it grades 提前实现 as 预计难以完成 (text, 预警, 附表, --json's warning)", () => {
  test.each([
    // F is the decimal 5.85 (5.8499… in binary): shown to one decimal as a person rounds it, 5.9 (decimalFixed)
    ["trial 洪塘 (预期性)", TRIAL.洪塘街道, "5.9（预计可完成）"],
    ["the same row, binding: no 预警 either", { ...TRIAL.洪塘街道, attribute: "约束性" }, "5.9（预计可完成）"],
    ["met now, overshooting by T, binding", area("4.2", { 2021: 4.0, 2022: 4.6, 2023: 5.2, 2024: 5.9 }, "约束性"), "已达标，按目前趋势需保持"],
  ] as const)("%s", (_why, row, column) => {
    const ret = returnOf("洪塘街道", [row], 2024);
    const item = ret.items[0]!;
    expect(item.graded.grade).toBe("early");
    expect(ret.text).toContain("提前实现 1 项");
    expect(ret.text).not.toContain("难以完成");
    expect(ret.text).not.toContain("0.0 万平方米");
    expect(ret.text).toContain("可预测的 1 项指标预计到 2025 年均可完成");
    expect(returnParagraph({ items: ret.items, year: 2024, targetYear: 2025 }, "en")).not.toContain("unlikely");
    expect(warningSection(ret).lines).toEqual([]);
    expect(rowWarning(item, 2024)).toBeNull();
    expect(evaluationColumns(item, 1, 2024)[10]).toBe(column);
  });
});

describe("the last step's words follow its direction: a fall is never 增势", () => {
  const pace = (needed: number, achieved: number, value: number) => ({ unit: "万平方米", cumulative: false, pace: { needed, achieved, latest: { from: 2023, to: 2024, value } } });
  test.each([
    ["a rise needed, a smaller rise", pace(1, 1.5, 0.3), "zh", "需年均提高 1 万平方米；此前年均提高 1.5 万平方米，但增势放缓，2024 年比上年提高 0.3 万平方米"],
    ["a fall needed, a smaller fall", pace(-1, -1.5, -0.3), "zh", "需年均降低 1 万平方米；此前年均降低 1.5 万平方米，但降势放缓，2024 年比上年降低 0.3 万平方米"],
    ["a fall needed, a rise last year (the trial's words)", pace(-0.1, -9.1, 0.3), "zh", "需年均降低 0.1 万平方米；此前年均降低 9.1 万平方米，但转为回升，2024 年比上年提高 0.3 万平方米"],
    ["a rise needed, a fall last year", pace(1, 1.5, -0.3), "zh", "需年均提高 1 万平方米；此前年均提高 1.5 万平方米，但转为回落，2024 年比上年降低 0.3 万平方米"],
    ["no change last year", pace(1, 1.5, 0), "zh", "需年均提高 1 万平方米；此前年均提高 1.5 万平方米，但趋于停滞，2024 年比上年无变化"],
    ["en: a rise last year where a fall is needed", pace(-0.1, -9.1, 0.3), "en", "needs a fall of 0.1 万平方米 a year; so far a fall of 9.1 万平方米 a year, but turned upward: a rise of 0.3 万平方米 in 2024 over the year before"],
    ["en: stalled", pace(1, 1.5, 0), "en", "needs a rise of 1 万平方米 a year; so far a rise of 1.5 万平方米 a year, but stalled: no change in 2024 over the year before"],
  ] as const)("%s", (_why, i, lang, clause) => {
    expect(paceClause(i, lang)).toBe(clause);
  });
});
