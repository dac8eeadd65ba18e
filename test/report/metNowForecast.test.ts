import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { docxText } from "../support/docxText";
import { paceClause } from "../../src/domain/evaluationText";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { rowWarning } from "../../src/sheet/rowWarning";
import { warningSection } from "../../src/sheet/warningSection";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationRow, returnOf, type RowFacts } from "./evaluationRow";

/**
 * A row already met is never forecast to miss (evaluation-rules.md §6, our reading): a trial's
 * 科技企业孵化面积, target `5.5左右` against a baseline of 42 (a slip in the plan), 4.8 → 5.6 by 2024,
 * was 已达标 / 提前实现 and yet listed "预计 2025 年 0.0万平方米 … 预计难以完成". A row met before T is
 * 预计可完成, to be held where its line leaves the target by T (`hold`). The line itself is §6's: through
 * the baseline and every year with a number, a 左右 target's too (trial28d: without the baseline a GDP
 * growth 6左右 from 3.0, 8.5 3.5 5.2 read 0.78, 预计难以完成, where §6's line reads 5.61).
 */
const area = (baseline: string, values: RowFacts["values"], attribute = "预期性"): RowFacts =>
  ({ name: "科技企业孵化面积", attribute, unit: "万平方米", baseline, target: "5.5左右", values });

const TRIAL = {
  洪塘街道: area("42", { 2021: 4.8, 2022: 5.1, 2023: 5.3, 2024: 5.6 }),
  慈城镇: area("42", { 2021: 4.5, 2022: 4.6, 2023: 4.8, 2024: 4.9 }),
  庄桥街道: area("42", { 2021: 43, 2022: 45, 2023: 46, 2024: 48 }),
};

/** §6's line by hand (not the domain's leastSquaresAt): through (2020, baseline) and each year, read at 2025, stopped at 0 (an area is never below 0). */
function handForecast(row: RowFacts): number {
  const pts = [[2020, Number(row.baseline)], ...Object.entries(row.values).map(([y, v]) => [Number(y), Number(v)])] as Array<[number, number]>;
  const mx = pts.reduce((t, p) => t + p[0], 0) / pts.length, my = pts.reduce((t, p) => t + p[1], 0) / pts.length;
  const slope = pts.reduce((t, p) => t + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((t, p) => t + (p[0] - mx) ** 2, 0);
  return Math.max(0, my + slope * (2025 - mx));
}

describe("a 左右 target's forecast is §6's line through the baseline; a row met before T is 预计可完成", () => {
  test.each([
    // 洪塘: met in 2024 (5.6), but the line from the slipped baseline 42 falls to 0 by 2025: held, not 难以完成
    ["trial 洪塘: met, far-off baseline 42", TRIAL.洪塘街道, "met", "early", "hold"],
    // 慈城镇: 4.9 is 10.9% short (滞后); the line from 42 falls to 0: 预计难以完成, as §6 reads it
    ["trial 慈城镇: lagging, the line from 42", TRIAL.慈城镇, "lagging", "behind", false],
    // 庄桥 (target likely 55): 49.3 through the baseline
    ["trial 庄桥: far from 5.5 either way", TRIAL.庄桥街道, "severe", "behind", false],
    // a plausible baseline: 4.2, 4.6 … 5.6 → 5.92 at 2025 ≤ 6.05
    ["plausible baseline 4.2: met and 预计可完成", area("4.2", { 2021: 4.6, 2022: 4.9, 2023: 5.2, 2024: 5.6 }), "met", "early", true],
    // met in 2024 (5.9 ≤ 6.05), but rising fast: the line reads past 左右 at 2025 → held, not 难以完成
    ["met now, the line overshoots by T: 预计可完成, to be held", area("4.2", { 2021: 4.0, 2022: 4.6, 2023: 5.2, 2024: 5.9 }), "met", "early", "hold"],
    // the baseline and one year: the line through the two (§6), 4.2 → 4.6 reads 6.2 at 2025, past 6.05
    ["one year: the line through the baseline and it", area("4.2", { 2021: 4.6 }), "lagging", "behind", false],
  ] as const)("%s", (_why, row, status, grade, meets) => {
    const year = Math.max(...Object.keys(row.values).map(Number));
    const g = evaluationRow(row, year).graded;
    const f = handForecast(row);
    expect(g.result.status).toBe(status);
    expect(g.grade).toBe(grade);
    if (meets === "hold") {
      expect(g.forecast).toMatchObject({ value: null, meets: true });
      expect(g.forecast.hold).toBeCloseTo(f, 6);
    } else {
      expect(g.forecast.meets).toBe(meets);
      expect(g.forecast.value).toBeCloseTo(f, 6);
      expect(g.forecast.hold).toBeUndefined();
    }
  });
});

describe("the report never lists a row it grades 提前实现 as 预计难以完成 (text, 预警, 附表, --json's warning)", () => {
  test.each([
    ["trial 洪塘 (预期性)", TRIAL.洪塘街道, "已达标，按目前趋势需保持"],
    ["the same row, binding: no 预警 either", { ...TRIAL.洪塘街道, attribute: "约束性" }, "已达标，按目前趋势需保持"],
    // 4.2, 4.6 … 5.6: F 4.9 + 0.34 × 3 = 5.92, shown to one decimal as a person rounds it (decimalFixed)
    ["plausible baseline, binding", area("4.2", { 2021: 4.6, 2022: 4.9, 2023: 5.2, 2024: 5.6 }, "约束性"), "5.9（预计可完成）"],
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

// s46: a row met inside its 左右 band and to be held read 「…区间内即为已达标，已达标，按目前趋势需保持」: the band's words
// already say it is met, so 需保持 follows them alone; a row whose band is not said keeps 已达标 before it
describe("the 分领域 line says 已达标 once before 按目前趋势需保持", () => {
  const rate = (baseline: string, values: RowFacts["values"]): RowFacts => ({ name: "城镇调查失业率", attribute: "预期性", unit: "%", baseline, target: "5.5左右", values });
  test.each<[string, RowFacts, string]>([
    ["inside the band, off the target (the s46 report)", rate("4.0", { 2021: 4.5, 2022: 5.0, 2023: 5.6 }),
      "城镇调查失业率（预期性）：提前实现，2023 年 5.6%，5.6 在目标「5.5左右」的上下 10% 以内（4.95–6.05）：区间内即为已达标，按目前趋势需保持。"],
    ["the baseline in the band", area("5.4", { 2021: 5.5, 2022: 5.8, 2023: 6.0 }),
      "科技企业孵化面积（预期性）：提前实现，2023 年 6 万平方米，基期值 5.4 已在「5.5左右」的达标区间（上下 10%，4.95–6.05）内：区间内即为已达标，不按基期计算进度，按目前趋势需保持。"],
    ["on the target itself: no band words, 已达标 said by 需保持", rate("4.0", { 2021: 4.5, 2022: 5.0, 2023: 5.5 }),
      "城镇调查失业率（预期性）：提前实现，2023 年 5.5%，已达标，按目前趋势需保持。"],
  ])("%s", async (_why, facts, line) => {
    const ret = returnOf("青山县", [facts], 2023);
    expect(ret.items[0]!.graded.forecast.hold).toBeDefined();
    const c = combineEvaluations([ret]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(line);
    expect(text).not.toContain("已达标，已达标");
  });

  test.each([
    ["zh", false, "已达标，按目前趋势需保持"],
    ["zh", true, "按目前趋势需保持"],
    ["en", false, "met; on the present trend it must be held"],
    ["en", true, "on the present trend it must be held"],
  ] as const)("the words, %s, met said before: %s", (lang, metSaid, words) => {
    expect(EVALUATION_WORDS[lang].hold(metSaid)).toBe(words);
  });
});
