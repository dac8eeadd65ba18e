import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { explainWarnings } from "../../src/domain/explainWarnings";

/**
 * A trial's 开化县 2026 (plan 2026–2030): 单位地区生产总值二氧化碳排放降低 〔17〕, baseline 〔18.5〕 (last
 * period's total), filled 21.9 = 18.5 + 3.4, and 城镇新增就业 〔10〕 (baseline 〔12.6〕) filled 14.6: check
 * said 已达标 with nothing, since the running-total check needs two earlier years and the level check
 * skips a baseline that is a period total. A year's amount above YEAR_PACE_LIMIT (3) years' even pace,
 * or the whole total, is `year_over_pace` (§3, our reading); in 2027, after a correct 3.5, the warning
 * is 2026's, never a jump blamed on 2027. So is 龙游县's 人均预期寿命 81.5 (a 〔1〕 rise) in 2026.
 */
const co2 = { name: "单位地区生产总值二氧化碳排放降低（%）", unit: "%", baseline: "〔18.5〕", target: "〔17〕", baselineYear: 2025, targetYear: 2030 };
const jobs = { name: "城镇新增就业人数（万人）", unit: "万人", baseline: "〔12.6〕", target: "〔10〕", baselineYear: 2025, targetYear: 2030 };
const life = { name: "人均预期寿命（岁）", unit: "岁", baseline: "81.2", target: "〔1〕", baselineYear: 2025, targetYear: 2030 };
const homes = { name: "城镇老旧小区改造个数（个）", unit: "个", baseline: "", target: "〔150〕", baselineYear: 2025, targetYear: 2030 };
const actuals = (values: number[]): Record<string, CellValue> => Object.fromEntries(values.map((v, i) => [String(2026 + i), num(v)]));
const cells = { 2026: "I19", 2027: "J19" };

describe("a cumulative year far beyond the pace is warned, on its own cell", () => {
  test.each<[string, typeof co2, number[], string[]]>([
    ["the trial: last period's 18.5 carried on in year 1", co2, [21.9],
      ["I19：本年值 21.9 是规划期累计目标 17 按年平均（每年 3.4）的 6.4 倍，一年即超过整个规划期的目标；累计指标每年只填当年新增量，疑似加上了上个规划期的累计数 18.5（基期值），是否应为 3.4（21.9 − 18.5）？请改正，或在说明中写明原因"]],
    ["城镇新增就业 14.6 against 〔10〕", jobs, [14.6],
      ["I19：本年值 14.6 是规划期累计目标 10 按年平均（每年 2）的 7.3 倍，一年即超过整个规划期的目标；累计指标每年只填当年新增量，疑似加上了上个规划期的累计数 12.6（基期值），是否应为 2（14.6 − 12.6）？请改正，或在说明中写明原因"]],
    ["over 3 years' pace, not the whole total, no period baseline", homes, [100],
      ["I19：本年值 100 是规划期累计目标 150 按年平均（每年 30）的 3.3 倍；累计指标每年只填当年新增量：请改正，或在说明中写明原因"]],
    ["2027 after the rollover: 2026's 21.9 is said, no jump on 2027's 3.5", co2, [21.9, 3.5],
      ["I19：2026 年的数值 21.9 是规划期累计目标 17 按年平均（每年 3.4）的 6.4 倍，一年即超过整个规划期的目标；累计指标每年只填当年新增量，疑似加上了上个规划期的累计数 18.5（基期值），是否应为 3.4（21.9 − 18.5）？请改正 2026 年，或在说明中写明原因"]],
    ["a year at the pace: nothing", co2, [3.4], []],
    ["a big year, twice the pace: nothing", co2, [6.8], []],
  ])("%s", (_why, spec, values, messages) => {
    const year = 2025 + values.length;
    const r = evaluateIndicator({ spec, year, actuals: actuals(values), cells, sheet: "衢州市表1" });
    const said = r.issues.filter((i) => i.code === "year_over_pace" || i.code === "value_jump");
    expect(said.map((i) => describeIssue(i, "zh").replace(/^工作表「衢州市表1」/, ""))).toEqual(messages);
    // §3's sum, as the sheet's formula gives it: a warning never moves the status
    expect(r.status).toBe(values.reduce((a, b) => a + b, 0) >= Number(spec.target.slice(1, -1)) ? "met" : "on_track");
  });

  test.each<[string, number[], string[]]>([
    ["2026's level 81.5, then 0.2: 2026 is said, no jump on 2027", [81.5, 0.2],
      ["level_typed I19：2026 年的数值 81.5 超过规划期累计目标 1 的 81.5 倍，又接近基期值 81.2，疑似填了当年的水平值；累计指标每年只填当年新增量（提高值 = 2026 年水平 − 2025 年水平 81.2），是否应为 0.3？请改正 2026 年"]],
    ["levels both years: said once, on this year's cell", [81.5, 81.8], ["level_typed J19"]],
  ])("an earlier year's level: %s", (_why, values, said) => {
    const r = evaluateIndicator({ spec: life, year: 2027, actuals: actuals(values), cells, sheet: "衢州市表1" });
    const found = r.issues.filter((i) => ["level_typed", "year_over_pace", "value_jump"].includes(i.code));
    expect(found.map((i) => `${i.code} ${said[0]?.includes("：") ? describeIssue(i, "zh").replace(/^工作表「衢州市表1」/, "") : i.cell ?? ""}`)).toEqual(said);
  });

  test("a 说明 keeps it, and English says it", () => {
    const r = evaluateIndicator({ spec: co2, year: 2026, actuals: actuals([21.9]) });
    const [i] = explainWarnings(r.issues.filter((x) => x.code === "year_over_pace"), "当年集中完成");
    expect(i && describeIssue(i, "zh")).toMatch(/？（已说明）$/);
    const en = r.issues.find((x) => x.code === "year_over_pace");
    expect(en && describeIssue(en, "en")).toBe("this year's 21.9 is 6.4 times the even yearly share (3.4) of the whole period's total of 17, more than the whole period in one year; a cumulative row takes each year's own amount: perhaps last period's total 18.5 (the baseline) was added in: did you mean 3.4 (21.9 − 18.5)? Correct it, or explain it in 说明");
  });
});

/**
 * trial47b F2: a 2021–2035 plan's 2025 column holds cumulative milestones (单位GDP二氧化碳排放降低 〔18〕 | —, 财政投入
 * 〔600〕 | 〔1500〕). 〔18〕 is the 2021–2025 total, 3.6 a year; the pace was taken over the plan's 15 years (1.2 a year), so
 * 2022's 3.8 read "3.2 倍…请改正" and both rows 未能评估（数值待核实）. A cumulative target's pace is over its own span.
 */
describe("a cumulative milestone is paced over its own years (trial47b F2)", () => {
  const co2M = { name: "单位GDP二氧化碳排放降低", unit: "%", baseline: "—", target: "—", yearlyTargets: { "2025": "〔18〕", "2035": "—" }, baselineYear: 2020, targetYear: 2035 };
  const spend = { name: "生态环境保护财政投入", unit: "亿元", baseline: "—", target: "〔1500〕", yearlyTargets: { "2025": "〔600〕", "2035": "〔1500〕" }, baselineYear: 2020, targetYear: 2035 };
  const from2021 = (values: number[]): Record<string, CellValue> => Object.fromEntries(values.map((v, i) => [String(2021 + i), num(v)]));
  test.each<[string, typeof co2M, number, number[], string[]]>([
    ["〔18〕 in 2025, 3.8 in 2022: within 2021–2025's pace (3.6 a year)", co2M, 2025, [3.5, 3.8, 3.6, 3.7, 3.6], []],
    ["〔18〕 in 2023 (judged against the 2025 milestone): nothing", co2M, 2023, [3.5, 3.8, 3.6], []],
    ["〔600〕 in 2025, 125 in 2022: within 120 a year", spend, 2025, [112, 125, 131, 120, 118], []],
    ["〔600〕 in 2023: nothing", spend, 2023, [112, 125, 131], []],
    ["a real slip on the milestone: said over 2021–2025", co2M, 2023, [3.5, 12, 3.6],
      ["2022 年的数值 12 是 2021—2025 年累计目标 18 按年平均（每年 3.6）的 3.3 倍；累计指标每年只填当年新增量：请改正 2022 年，或在说明中写明原因"]],
    ["more than the milestone's total in one year", spend, 2025, [112, 700, 131, 120, 118],
      ["2022 年的数值 700 是 2021—2025 年累计目标 600 按年平均（每年 120）的 5.8 倍，一年即超过这一期间的目标；累计指标每年只填当年新增量：请改正 2022 年，或在说明中写明原因"]],
  ])("%s", (_why, spec, year, values, messages) => {
    const r = evaluateIndicator({ spec, year, actuals: from2021(values) });
    expect(r.issues.filter((i) => i.code === "year_over_pace").map((i) => describeIssue(i, "zh"))).toEqual(messages);
  });

  test("English names the milestone's years", () => {
    const r = evaluateIndicator({ spec: co2M, year: 2023, actuals: from2021([3.5, 12, 3.6]) });
    const i = r.issues.find((x) => x.code === "year_over_pace");
    expect(i && describeIssue(i, "en")).toBe("2022's value 12 is 3.3 times the even yearly share (3.6) of the 2021–2025 total of 18; a cumulative row takes each year's own amount: correct 2022, or explain it in 说明");
  });
});
