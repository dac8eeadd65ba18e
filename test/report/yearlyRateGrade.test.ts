import { reportJson } from "../../src/cli/reportJson";
import { emptyGradeCounts } from "../../src/domain/Grade";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluationColumns, forecastText } from "../../src/sheet/evaluationColumns";
import { docxText } from "../support/docxText";
import { evaluationRow, returnOf, type RowFacts } from "./evaluationRow";

/**
 * A yearly rate met in one year is no plan achieved early (evaluation-rules §6, our reading): a
 * trial's 地区生产总值增长 `6左右` read 提前实现 after 2021's 6.1. A rate row (§2's change words in a %
 * row, a target a year must meet) met before T is 基本符合预期, with no pace needed; levels, period
 * totals and changes counted from a named year keep 提前实现.
 */
const r = (name: string, baseline: string, target: string, values: RowFacts["values"]): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline, target, values });

describe("a yearly rate met is 基本符合预期, not 提前实现", () => {
  test.each([
    ["地区生产总值增长 6左右, 6.1 in 2021", r("地区生产总值增长", "6.5", "6左右", { 2021: 6.1 }), 2021, "met", "on_schedule"],
    ["研发经费投入年均增长 ≥8, 9 then 8.5", r("研发经费投入年均增长", "10", "≥8", { 2021: 9, 2022: 8.5 }), 2022, "met", "on_schedule"],
    ["居民人均可支配收入增速 6以上, 6.5", r("居民人均可支配收入增速", "7", "6以上", { 2021: 6.5 }), 2021, "met", "on_schedule"],
    ["居民消费价格涨幅 ≤3, 2.1", r("居民消费价格涨幅", "2.5", "≤3", { 2021: 2.1 }), 2021, "met", "on_schedule"],
    // a rate held under a ceiling each year (the 纲要's 年均 column): trial26c's 5.0 in 2026 read 提前实现
    ["城镇调查失业率 <5.5, 5.0", r("城镇调查失业率", "5.1", "<5.5", { 2021: 5.0 }), 2021, "met", "on_schedule"],
    ["城镇调查失业率 <5.5 missed, 5.6", r("城镇调查失业率", "5.1", "<5.5", { 2021: 5.6 }), 2021, "lagging", "behind"],
    ["城镇登记失业率 ≤4.5, 4.2", r("城镇登记失业率", "4.3", "≤4.5", { 2022: 4.2 }), 2022, "met", "on_schedule"],
    ["a rate at T: 已实现", r("地区生产总值增长", "6.5", "6左右", { 2024: 6.2, 2025: 6.1 }), 2025, "met", "achieved"],
    ["a rate missed stays 滞后于预期", r("居民人均可支配收入增速", "7", "6以上", { 2021: 5.8 }), 2021, "lagging", "behind"],
    // not a yearly rate: a level, a period total, a change counted from a named year
    ["森林覆盖率 ≥62 (a level), 62.5 in 2022", r("森林覆盖率", "60", "≥62", { 2021: 61, 2022: 62.5 }), 2022, "met", "early"],
    ["单位GDP能耗降低 [13.5] (a period total)", r("单位GDP能耗降低", "/", "[13.5]", { 2021: 5, 2022: 5, 2023: 4 }), 2023, "met", "early"],
    ["单位GDP能耗较2020年下降 ≥13.5 (from a named year)", r("单位GDP能耗较2020年下降", "/", "≥13.5", { 2023: 14 }), 2023, "met", "early"],
    // a trial: words targets a reviewer marked 已达标 read 提前实现, "国内生产总值（GDP）增长（%）（预期性）：提前实现，2023 年 6.1%"
    ["GDP增长 in words, reviewer 已达标 in 2023", { ...r("国内生产总值（GDP）增长（%）", "2.3", "保持在合理区间、各年度视情提出", { 2023: 6.1 }), assessment: "met" }, 2023, "met", "on_schedule"],
    ["全员劳动生产率增长 高于GDP增长, reviewer 已达标", { ...r("全员劳动生产率增长（%）", "2.5", "高于GDP增长", { 2023: 6.5 }), assessment: "met" }, 2023, "met", "on_schedule"],
    ["居民人均可支配收入增长 与GDP增长基本同步, reviewer 已达标, nothing typed", { ...r("居民人均可支配收入增长（%）", "2.1", "与GDP增长基本同步", {}), assessment: "met" }, 2022, "met", "on_schedule"],
    ["GDP增长 in words, reviewer 已达标 at T: 已实现", { ...r("国内生产总值（GDP）增长（%）", "2.3", "保持在合理区间", { 2025: 5.5 }), assessment: "met" }, 2025, "met", "achieved"],
    ["居民收入增长 到2025年比2020年翻一番 (words naming a year), reviewer 已达标", { ...r("居民收入增长", "/", "到2025年比2020年翻一番", {}), assessment: "met" }, 2023, "met", "early"],
    // not a rate: a words target on a level keeps 提前实现 when a reviewer says 已达标
    ["基层应急管理体系 全覆盖 (words, no change name), reviewer 已达标", { ...r("基层应急管理覆盖率", "/", "全覆盖", {}), assessment: "met" }, 2023, "met", "early"],
  ] as const)("%s", (_why, facts, year, status, grade) => {
    const g = evaluationRow(facts, year).graded;
    expect(g.result.status).toBe(status);
    expect(g.grade).toBe(grade);
    if (grade === "on_schedule") expect(g.pace.needed).toBeNull();
  });
});

describe("report --json says 需保持 where the text does (forecast.hold)", () => {
  const area = (values: RowFacts["values"]): RowFacts => ({ name: "科技企业孵化面积", attribute: "预期性", unit: "万平方米", baseline: "4.2", target: "5.5左右", values });
  test.each([
    // met in 2024 (5.9), rising .63 a year: the line reads 6.5 at 2025, past 左右: 已达标，按目前趋势需保持
    ["met now, the line overshoots", area({ 2021: 4.0, 2022: 4.6, 2023: 5.2, 2024: 5.9 }), { value: null, meets: true, hold: 6.5 }],
    ["met, the line stays within 左右", area({ 2021: 4.6, 2022: 4.9, 2023: 5.2, 2024: 5.6 }), { value: 5.9, meets: true }],
  ] as const)("%s", (_why, facts, forecast) => {
    const ret = returnOf("洪塘街道", [facts], 2024);
    const counts = emptyGradeCounts();
    for (const i of ret.items) counts[i.graded.grade]++;
    const doc = reportJson({ year: 2024, returns: [ret], units: [{ unit: ret.unit, ret }], counts, text: ret.text }) as { items: Array<{ forecast: unknown }> };
    expect(doc.items[0]?.forecast).toEqual(forecast);
    // the 附表 says the same as the JSON
    expect(forecastText(ret.items[0]!, 2024)).toBe("hold" in forecast ? "已达标，按目前趋势需保持" : "5.9（预计可完成）");
  });
});

/**
 * A yearly rate missed is no level to climb toward (evaluation-rules §6, our reading): a deputy director's
 * trial read 全社会研发经费投入增长 `>7`, 青山县 6.2 in 2023, "需年均提高 0.4 个百分点". The row says this year's
 * gap instead, in the 附表 and the 分领域 line, and --json gives `pace.thisYear`; no pace to the target.
 */
describe("a yearly rate missed says this year's gap, not a pace", () => {
  test.each([
    ["研发经费投入增长 >7, 6.2", r("全社会研发经费投入增长（%）", "—", ">7", { 2021: 15, 2022: 8, 2023: 6.2 }), 2023, { value: 6.2, target: 7, difference: -0.8 }, "当年 6.2%，低于目标 7%"],
    ["居民消费价格涨幅 ≤3, 3.5", r("居民消费价格涨幅", "2.5", "≤3", { 2021: 3.5 }), 2021, { value: 3.5, target: 3, difference: 0.5 }, "当年 3.5%，高于目标 3%"],
    ["地区生产总值增长 6左右, 4", r("地区生产总值增长", "6.5", "6左右", { 2021: 4 }), 2021, { value: 4, target: 6, difference: -2 }, "当年 4%，低于目标 6左右"],
    ["研发经费投入增长 >7, exactly 7", r("研发经费投入增长", "—", ">7", { 2021: 7 }), 2021, { value: 7, target: 7, difference: 0 }, "当年 7%，未达到目标 >7"],
  ] as const)("%s", async (_why, facts, year, thisYear, annex) => {
    const ret = returnOf("青山县", [facts], year);
    const row = ret.items[0]!;
    expect(row.graded.grade).toBe("behind");
    expect([row.graded.pace.needed, row.graded.pace.achieved, row.graded.pace.latest]).toEqual([null, null, null]);
    const gap = row.graded.pace.thisYear;
    expect([gap?.value, gap?.target]).toEqual([thisYear.value, thisYear.target]);
    expect(gap?.difference).toBeCloseTo(thisYear.difference, 9);
    expect(evaluationColumns(row, 1, year)[11]).toBe(annex);
    const doc = reportJson({ year, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text }) as { items: Array<{ pace: unknown }> };
    expect(doc.items[0]?.pace).toEqual({ needed: null, achieved: null, thisYear });
    const c = combineEvaluations([ret]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(`${facts.name}（预期性）：滞后于预期，${year} 年 ${thisYear.value}%，${annex.replace(/^当年 [^，]+，/, "")}`);
    expect(text).not.toMatch(/需年均(提高|降低|完成)/);
  });

  test("a level keeps its pace: 常住人口城镇化率 needs 需年均提高", () => {
    const row = evaluationRow(r("常住人口城镇化率", "60.6", "65", { 2021: 61, 2022: 61.2, 2023: 61.4 }), 2023);
    expect(row.graded.pace.needed).not.toBeNull();
    expect(row.graded.pace.thisYear).toBeUndefined();
    expect(evaluationColumns(row, 1, 2023)[11]).toMatch(/^需年均提高/);
  });
});
