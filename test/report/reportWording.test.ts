import { evaluationText, paceClause, type TextItem } from "../../src/domain/evaluationText";
import type { Grade } from "../../src/domain/Grade";
import type { Status } from "../../src/domain/Status";
import { warningSection } from "../../src/sheet/warningSection";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The report's text as a first-time user read it (evaluation-rules.md §6 and its "our reading"
 * parts): why rows are not graded, the words at the plan's end, cumulative values, a forecast whose
 * reason agrees with it, and sub-indicator names in running text.
 */
const item = (name: string, grade: Grade, more: Partial<TextItem> = {}): TextItem => ({
  name, attribute: "预期性", unit: "公里", grade, cumulative: false, forecast: { meets: null }, pace: { needed: null, achieved: null },
  targetYear: 2025, actual: "10", target: "≥20", ...more,
});
const notGraded = (name: string, reason: Status, actual = ""): TextItem => item(name, "not_graded", { reason, actual });

describe("未能评估 v 项 says why, by status, with the table's counts", () => {
  test.each([
    ["zh: missing, invalid and manual", [item("甲", "behind"), notGraded("乙", "missing"), notGraded("丙", "invalid", "约50"), notGraded("丁", "manual", "AAAAA"), notGraded("戊", "missing")], "zh",
      "未能评估 4 项（未填报 2 项、数据异常 1 项、待人工评估 1 项）"],
    ["en: the same", [item("甲", "behind"), notGraded("乙", "missing"), notGraded("丙", "invalid", "约50"), notGraded("丁", "manual", "AAAAA"), notGraded("戊", "missing")], "en",
      "not graded 4 (not reported 2, invalid data 1, needs manual review 1)"],
    ["zh: a unit that entered nothing for Y says so, not 21 grades at 0", [notGraded("甲", "missing"), notGraded("乙", "missing"), notGraded("丙", "manual")], "zh",
      "规划确定主要指标 3 项（约束性 0 项、预期性 3 项）。2024 年未填报任何数值，未能评估 3 项（未填报 2 项、待人工评估 1 项）。"],
    ["en: the same", [notGraded("甲", "missing"), notGraded("乙", "missing"), notGraded("丙", "manual")], "en",
      "The plan sets 3 main indicators (0 binding, 3 indicative). No value was entered for 2024: not graded 3 (not reported 2, needs manual review 1)."],
  ] as const)("%s", (_why, items, lang, sentence) => {
    expect(evaluationText(items, 2024, 2025, lang)).toContain(sentence);
  });

  test("a unit that entered nothing gives no grade counts at 0", () => {
    const text = evaluationText([notGraded("甲", "missing"), notGraded("乙", "manual")], 2024, 2025);
    expect(text).not.toMatch(/提前实现|快于预期|滞后于预期/);
  });
});

describe("at the plan's last year one set of words: 已实现 / 未完成 / 未能评估 (our reading)", () => {
  const items = [item("甲", "achieved"), item("乙", "behind", { attribute: "约束性" }), item("丙", "on_schedule"), notGraded("丁", "manual", "AAAAA")];
  test.each([
    ["zh, Y = T", 2025, "zh", "截至规划期末（2025 年），已实现 1 项，未完成 2 项（其中约束性 1 项），未能评估 1 项（待人工评估 1 项）。未完成的 2 项：乙（2025 年 10 公里，目标 ≥20）；丙（2025 年 10 公里，目标 ≥20）。", /提前实现|快于预期|基本符合预期|滞后于预期/],
    ["en, Y = T", 2025, "en", "At the end of the plan period (2025): achieved 1, not achieved 2 (of which binding 1), not graded 1 (needs manual review 1). Not achieved: 乙", /early|ahead of schedule|on schedule|behind schedule/],
  ] as const)("%s", (_why, year, lang, sentence, never) => {
    const text = evaluationText(items, year, 2025, lang);
    expect(text).toContain(sentence);
    expect(text).not.toMatch(never);
  });
});

describe("the pace is quoted only where it explains the forecast (§6, our reading)", () => {
  const pace = (needed: number, achieved: number, latest: { from: number; to: number; value: number } | null = null, cumulative = false) =>
    ({ unit: "万人次", cumulative, pace: { needed, achieved, latest } });
  test.each([
    ["the average falls short: the pair", pace(120, 80), "zh", "需年均提高 120 万人次，此前年均提高 80 万人次"],
    ["a fall needed, a smaller fall so far: the pair", pace(-3, -1.25), "zh", "需年均降低 3 万人次，此前年均降低 1.25 万人次"],
    ["the average is enough (the trial's 铁路客运量): no pair that contradicts 难以完成", pace(120, 157.5), "zh", null],
    ["the average is enough, the last step is not: 增势放缓", pace(120, 157.5, { from: 2023, to: 2024, value: 30 }), "zh", "需年均提高 120 万人次；此前年均提高 157.5 万人次，但增势放缓，2024 年比上年提高 30 万人次"],
    ["the last step over two years", pace(120, 157.5, { from: 2022, to: 2024, value: 30 }), "zh", "需年均提高 120 万人次；此前年均提高 157.5 万人次，但增势放缓，2022—2024 年年均提高 30 万人次"],
    ["en: slowing", pace(120, 157.5, { from: 2023, to: 2024, value: 30 }), "en", "needs a rise of 120 万人次 a year; so far a rise of 157.5 万人次 a year, but slowing: a rise of 30 万人次 in 2024 over the year before"],
    ["the last step enough too: nothing but F against the target", pace(120, 157.5, { from: 2023, to: 2024, value: 230 }), "zh", null],
    ["a cumulative forecast is the average continued: the pair", pace(3, 2.5, null, true), "zh", "需年均完成 3 万人次，此前年均完成 2.5 万人次"],
  ] as const)("%s", (_why, i, lang, clause) => {
    expect(paceClause(i, lang)).toBe(clause);
  });

  test("the paragraph and the 预警 line give F against the target, never a pace that contradicts 难以完成", () => {
    // 1000 → 1500 by 2024 (125 a year, 100 needed), but flat until a jump in 2024: the line reads 1490 in 2025
    const rail: RowFacts = { name: "铁路客运量", attribute: "预期性", unit: "万人次", baseline: "1000", target: "1600", values: { 2021: 1050, 2022: 1100, 2023: 1150, 2024: 1500 } };
    const ret = returnOf("甲县", [rail], 2024);
    expect(ret.items[0]?.graded.forecast.meets).toBe(false);
    expect(ret.text).toContain("预计到 2025 年难以完成 1 项：铁路客运量（预计 2025 年 1490 万人次，目标 1600 万人次）。");
    const line = warningSection(ret).lines[0] ?? "";
    expect(line).toContain("按目前趋势预计 2025 年为 1490 万人次，目标 1600 万人次");
    expect(line).not.toContain("此前年均");
  });
});

describe("a cumulative value is its running total wherever the paragraph quotes it", () => {
  test.each([
    ["zh", "预计 2025 年累计 4%，目标 [5]"],
    ["en", "forecast 4% in total in 2025, target [5]"],
  ] as const)("%s: the forecast is said as 累计", (lang, words) => {
    const co2 = item("二氧化碳排放下降", "behind", { unit: "%", cumulative: true, forecast: { meets: false, value: 4 }, target: "[5]", pace: { needed: 1.8, achieved: 0.8 } });
    expect(evaluationText([co2], 2024, 2025, lang)).toContain(words);
  });
});

describe("at the plan's end a cumulative value is the running total with the year's own amount", () => {
  const training = item("职业技能培训", "behind", { unit: "万人", cumulative: true, actual: "13.2", own: "2.4", target: "[15]" });
  test.each([
    ["zh", "未完成的 1 项：职业技能培训（2025 年累计 13.2 万人，其中当年 2.4 万人，目标 [15]）。"],
    ["en", "Not achieved: 职业技能培训 (2025: 13.2 万人 in total, of which 2.4 万人 that year, target [15])."],
  ] as const)("%s", (lang, words) => {
    expect(evaluationText([training], 2025, 2025, lang)).toContain(words);
  });
});

describe("其中： is the table's layout, not part of a name in running text", () => {
  test("the paragraph's lists", () => {
    const high = item("其中：高速铁路营业里程", "behind", { attribute: "约束性", forecast: { meets: false, value: 185.7 }, target: "≥200", pace: { needed: 25, achieved: 11.75 } });
    const text = evaluationText([item("铁路营业里程", "behind", { forecast: { meets: false, value: 397 }, target: "420" }), high], 2024, 2025);
    expect(text).not.toContain("其中：");
    expect(text).toContain("（其中约束性 1 项：高速铁路营业里程）");
    expect(text).toContain("难以完成 2 项：高速铁路营业里程（预计 2025 年 185.7 公里");
  });

  test("the 预警 lines", () => {
    const ret = returnOf("甲县", [{ name: "其中: 高速铁路营业里程", attribute: "预期性", unit: "公里", baseline: "100", target: "≥200", values: { 2021: 110, 2022: 115, 2023: 120, 2024: 125 } }], 2024);
    expect(warningSection(ret).lines[0]).toMatch(/^高速铁路营业里程（预期性）：按目前趋势/);
  });
});
