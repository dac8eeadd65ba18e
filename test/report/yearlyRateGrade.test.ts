import { reportJson } from "../../src/cli/reportJson";
import { emptyGradeCounts } from "../../src/domain/Grade";
import { forecastText } from "../../src/sheet/evaluationColumns";
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
