import { reportJson } from "../../src/cli/reportJson";
import { emptyGradeCounts } from "../../src/domain/Grade";
import { leastSquaresAt } from "../../src/domain/leastSquaresAt";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluationColumns, forecastText } from "../../src/sheet/evaluationColumns";
import { docxText } from "../support/docxText";
import { evaluationRow, returnOf, type RowFacts } from "./evaluationRow";

/**
 * Grades, forecasts and paces as evaluation-rules §6 states them, for every kind of target: 提前实现 is
 * "met, and Y < T" (a rate such as 地区生产总值增长 or 城镇调查失业率 met before T too: trial28d's 失业率 <5.5
 * met in 2023 read 基本符合预期 under an earlier reading); the forecast is the least-squares line through
 * the baseline and every year with a number, a 左右 target's too; the pace is (Tv − A) / (T − Y) against
 * (A − Bv) / (Y − B). All rows: baseline 2020, target 2025.
 */
/** The least-squares line's value at x (the domain's own function, asserted against a hand figure below). */
const line = (points: Array<{ x: number; y: number }>, x: number): number => {
  const v = leastSquaresAt(points, x);
  if (v === null) throw new Error("no line");
  return v;
};
const r = (name: string, baseline: string, target: string, values: RowFacts["values"]): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline, target, values });

describe("§6 grade: met before T is 提前实现, met at T 已实现, whatever the target", () => {
  test.each([
    ["地区生产总值增长 6左右, 6.1 in 2021", r("地区生产总值增长", "6.5", "6左右", { 2021: 6.1 }), 2021, "met", "early"],
    ["研发经费投入年均增长 ≥8, 9 then 8.5", r("研发经费投入年均增长", "10", "≥8", { 2021: 9, 2022: 8.5 }), 2022, "met", "early"],
    ["居民消费价格涨幅 ≤3, 2.1", r("居民消费价格涨幅", "2.5", "≤3", { 2021: 2.1 }), 2021, "met", "early"],
    ["城镇调查失业率 <5.5, 5.1 in 2023 (trial28d)", r("城镇调查失业率", "5.1", "<5.5", { 2023: 5.1 }), 2023, "met", "early"],
    ["城镇调查失业率 <5.5 missed, 5.6", r("城镇调查失业率", "5.1", "<5.5", { 2021: 5.6 }), 2021, "lagging", "behind"],
    ["a rate at T: 已实现", r("地区生产总值增长", "6.5", "6左右", { 2024: 6.2, 2025: 6.1 }), 2025, "met", "achieved"],
    ["森林覆盖率 ≥62 (a level), 62.5 in 2022", r("森林覆盖率", "60", "≥62", { 2021: 61, 2022: 62.5 }), 2022, "met", "early"],
    ["单位GDP能耗降低 [13.5] (a period total)", r("单位GDP能耗降低", "/", "[13.5]", { 2021: 5, 2022: 5, 2023: 4 }), 2023, "met", "early"],
    // §3: a reviewer's assessment replaces the status; §6 grades it as any other met row
    ["GDP增长 in words, reviewer 已达标 in 2023", { ...r("国内生产总值（GDP）增长（%）", "2.3", "保持在合理区间", { 2023: 6.1 }), assessment: "met" }, 2023, "met", "early"],
    ["GDP增长 in words, reviewer 已达标 at T", { ...r("国内生产总值（GDP）增长（%）", "2.3", "保持在合理区间", { 2025: 5.5 }), assessment: "met" }, 2025, "met", "achieved"],
    ["基层应急管理 全覆盖, reviewer 已达标", { ...r("基层应急管理覆盖率", "/", "全覆盖", {}), assessment: "met" }, 2023, "met", "early"],
  ] as const)("%s", (_why, facts, year, status, grade) => {
    const g = evaluationRow(facts, year).graded;
    expect(g.result.status).toBe(status);
    expect(g.grade).toBe(grade);
  });
});

describe("§6 forecast: a 左右 target's line runs through the baseline and the years", () => {
  // trial28d: 地区生产总值增长 6左右 from 3.0, 8.5 3.5 5.2: through (2020, 3.0) the line reads 5.61 at 2025,
  // within 6 ± 0.6: 预计可完成 (without the baseline it read 0.78, 预计难以完成)
  const gdp = r("地区生产总值增长", "3.0", "6左右", { 2021: 8.5, 2022: 3.5, 2023: 5.2 });
  test.each([
    ["the line through the baseline", gdp, 2023, 5.61, true],
    ["with only the baseline and one year, the line through the two", r("地区生产总值增长", "3.0", "6左右", { 2021: 4.0 }), 2021, 8, false],
    ["a level 70左右 from 62, slowing", r("常住人口城镇化率", "62", "70左右", { 2021: 62.4, 2022: 62.6, 2023: 62.7 }), 2023, line([{ x: 2020, y: 62 }, { x: 2021, y: 62.4 }, { x: 2022, y: 62.6 }, { x: 2023, y: 62.7 }], 2025), true],
  ] as const)("%s", (_why, facts, year, value, meets) => {
    const g = evaluationRow(facts, year).graded;
    expect(g.forecast.value).toBeCloseTo(value, 9);
    expect(g.forecast.meets).toBe(meets);
  });

  test("the least-squares figure by hand: slope 0.16 through (2020..2023; 3.0 8.5 3.5 5.2), 5.05 + 0.16 × 3.5", () => {
    expect(leastSquaresAt([{ x: 2020, y: 3 }, { x: 2021, y: 8.5 }, { x: 2022, y: 3.5 }, { x: 2023, y: 5.2 }], 2025)).toBeCloseTo(5.61, 9);
  });
});

describe("§6 pace: needed (Tv − A) / (T − Y) against achieved (A − Bv) / (Y − B), a rate's too", () => {
  test.each([
    // the 附表 says the pace in the unit's words; a rate missed has one like any row
    ["研发经费投入增长 >7 from 5, 5.8 in 2023", r("全社会研发经费投入增长（%）", "5", ">7", { 2021: 5.5, 2022: 5.6, 2023: 5.8 }), 2023, (7 - 5.8) / 2, (5.8 - 5) / 3],
    ["地区生产总值增长 6左右 from 3.0, 5.2 in 2023", r("地区生产总值增长", "3.0", "6左右", { 2021: 8.5, 2022: 3.5, 2023: 5.2 }), 2023, (6 - 5.2) / 2, (5.2 - 3) / 3],
    ["常住人口城镇化率 65 from 60.6, 61.4 in 2023", r("常住人口城镇化率", "60.6", "65", { 2021: 61, 2022: 61.2, 2023: 61.4 }), 2023, (65 - 61.4) / 2, (61.4 - 60.6) / 3],
  ] as const)("%s", async (_why, facts, year, needed, achieved) => {
    const ret = returnOf("青山县", [facts], year);
    const row = ret.items[0]!;
    expect(row.graded.grade).toBe("behind");
    expect(row.graded.pace.needed).toBeCloseTo(needed, 9);
    expect(row.graded.pace.achieved).toBeCloseTo(achieved, 9);
    expect(evaluationColumns(row, 1, year)[11]).toMatch(/^需年均提高 [\d.]+ 个百分点/);
    const doc = reportJson({ year, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text }) as { items: Array<{ pace: { needed: number; achieved: number } }> };
    expect(doc.items[0]?.pace.needed).toBeCloseTo(needed, 4);
    expect(doc.items[0]?.pace.achieved).toBeCloseTo(achieved, 4);
    const c = combineEvaluations([ret]);
    if (!c.ok) throw new Error("not combined");
    expect(await docxText(c.report)).toMatch(/需年均提高 [\d.]+ 个百分点/);
  });
});

describe("report --json says 需保持 where the text does (forecast.hold)", () => {
  const area = (values: RowFacts["values"]): RowFacts => ({ name: "科技企业孵化面积", attribute: "预期性", unit: "万平方米", baseline: "4.2", target: "5.5左右", values });
  // the lines through (2020, 4.2) and the years, read at 2025 (§6)
  const at2025 = (ys: number[]): number => line([4.2, ...ys].map((y, k) => ({ x: 2020 + k, y })), 2025);
  test.each([
    // met in 2024 (6.0, within 4.95–6.05), rising fast: the line reads 6.48 at 2025, past 左右: 已达标，按目前趋势需保持
    ["met now, the line overshoots", area({ 2021: 4.6, 2022: 5.1, 2023: 5.6, 2024: 6.0 }), at2025([4.6, 5.1, 5.6, 6.0])],
    ["met, the line stays within 左右", area({ 2021: 4.6, 2022: 4.9, 2023: 5.2, 2024: 5.6 }), at2025([4.6, 4.9, 5.2, 5.6])],
  ] as const)("%s", (_why, facts, atT) => {
    const ret = returnOf("洪塘街道", [facts], 2024);
    const counts = emptyGradeCounts();
    for (const i of ret.items) counts[i.graded.grade]++;
    const doc = reportJson({ year: 2024, returns: [ret], units: [{ unit: ret.unit, ret }], counts, text: ret.text }) as { items: Array<{ forecast: { value: number | null; meets: boolean; hold?: number } }> };
    const f = doc.items[0]!.forecast;
    const overshoots = atT > 5.5 * 1.1;
    expect(f.meets).toBe(true);
    if (overshoots) expect(f).toEqual({ value: null, meets: true, hold: Math.round(atT * 1e4) / 1e4, basis: { years: 4 } });
    else expect(f.value).toBeCloseTo(atT, 4);
    // the 附表 says the same as the JSON
    expect(forecastText(ret.items[0]!, 2024)).toBe(overshoots ? "已达标，按目前趋势需保持" : `${atT.toFixed(1)}（预计可完成）`);
  });
});
