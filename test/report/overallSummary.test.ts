import { evaluationText, mostSerious, type TextItem } from "../../src/domain/evaluationText";
import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import type { ReturnEvaluation } from "../../src/sheet/EvaluationReport";
import { warningSection } from "../../src/sheet/warningSection";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/*
 * Trial 29c F14: the Word report's 一、总体评估 listed the 14 难以完成 rows, each with its forecast and pace, and
 * 二、预警与难以完成的指标 listed them again. Now 总体评估 sums up: the counts, and of each list its count and the
 * three most serious names (binding first, then the furthest behind 序时进度), pointing to the section that gives
 * each; and one sentence says which of check's statuses each grade is (evaluation-rules §6 from §3).
 */

/** A row of a 2020 → 2025 plan (≥200 from 100) whose values rise by `step` a year: forecast short of 200 when step < 20. */
const rising = (name: string, step: number, attribute = "预期性"): RowFacts => ({
  name, attribute, unit: "公里", baseline: "100", target: "≥200", values: { 2021: 100 + step, 2022: 100 + 2 * step, 2023: 100 + 3 * step, 2024: 100 + 4 * step, 2025: 100 + 5 * step },
});
const ROWS: RowFacts[] = [
  rising("甲路", 15), rising("乙路", 5), rising("丙路", 18, "约束性"), rising("丁路", 10), rising("戊路", 2), rising("己路", 30),
];

/** 一、总体评估's text (up to 二、) and the lines of the 预警 section after it, of one return's Word report. */
async function sections(ret: ReturnEvaluation): Promise<{ overall: string; warnings: string[] }> {
  const c = combineEvaluations([ret]);
  if (!c.ok) throw new Error("not combined");
  const text = await docxText(c.report);
  const one = text.indexOf("一、总体评估"), two = text.indexOf("二、"), three = text.indexOf("三、");
  return { overall: text.slice(one, two), warnings: text.slice(two, three).split("\n").filter((l) => /^\d+\. /.test(l)) };
}

describe("the Word report's 总体评估 sums up the lists the 预警 section gives in full", () => {
  test.each([
    // before T: five forecast to miss (丙路 binding first, then 戊路, 乙路 the furthest behind); 己路 meets it
    [2023, 5, "按目前趋势，预计到 2025 年难以完成 5 项：最需关注的是丙路、戊路、乙路等，逐项见“预警与难以完成的指标”。"],
    // at T: five not achieved, in the same order of seriousness
    [2025, 5, "未完成的 5 项：最需关注的是丙路、戊路、乙路等，逐项见“期末未完成的指标”。"],
  ] as const)("%i: %i rows said by count and three names, each with its figures only in the next section", async (year, n, sentence) => {
    const { overall, warnings } = await sections(returnOf("海城区", ROWS, year));
    expect(overall).toContain(sentence);
    expect(warnings).toHaveLength(n);
    // no forecast, target or pace in the summary: those are the 预警 lines'
    expect(overall).not.toMatch(/预计 2025 年 \d|目标 ≥200|需年均/);
    for (const line of warnings) expect(line).toMatch(/目标 ≥200/);
  });

  test("the paragraph elsewhere (--json, the 评估 sheet, the terminal) still lists every row with its figures", () => {
    const ret = returnOf("海城区", ROWS, 2023);
    expect(ret.text).toContain("按目前趋势，预计到 2025 年难以完成 5 项：丙路（预计 2025 年");
    expect(ret.text.match(/（预计 2025 年/g)).toHaveLength(5);
  });

  // trial34 C1: the yearly plan's 地区生产总值增长 8.2 against `6%左右` and 居民消费价格涨幅 2 against `3%左右` came first among 最需关注
  test("a growth above its 左右 band and a price below its band are not the most serious of the 未完成", async () => {
    const rows: RowFacts[] = [
      { name: "地区生产总值增长", attribute: "预期性", unit: "%", baseline: "5.8", target: "6%左右", values: { 2025: 8.2 } },
      { name: "规模以上工业增加值增长", attribute: "预期性", unit: "%", baseline: "6.5", target: "7%以上", values: { 2025: 6.9 } },
      { name: "居民消费价格涨幅", attribute: "预期性", unit: "%", baseline: "0.3", target: "3%左右", values: { 2025: 2 } },
      { name: "研发经费投入增长", attribute: "预期性", unit: "%", baseline: "12", target: "10%以上", values: { 2025: 9.5 } },
    ];
    const { overall } = await sections(returnOf("贺村镇", rows, 2025));
    expect(overall).toContain("未完成的 4 项：最需关注的是规模以上工业增加值增长、研发经费投入增长等，");
  });

  test.each([
    [2023, "校验（check）的状态在本报告中的评估等级：已达标（规划期末前）为提前实现；符合序时进度为快于预期（进度高出序时进度 10 个百分点及以上）或基本符合预期；滞后、严重滞后为滞后于预期。"],
    [2025, "校验（check）的状态在本报告中的评估等级：规划期末及以后，已达标为已实现，其余已评估的为未完成。"],
  ] as const)("%i: one sentence maps the grades to check's statuses, in 总体评估", async (year, sentence) => {
    const { overall } = await sections(returnOf("海城区", ROWS, year));
    expect(overall).toContain(sentence);
  });

  /**
   * trial47d F1: a 2020 | 2025 | 2035 plan. In 2025 check said 已达标 5, the counts 基本符合预期 5 and the mapping sentence
   * 已达标（规划期末前）为提前实现; the reason was said in the terminal only. Now the counts are followed by the terminal's
   * head and the mapping says 已达标 by the target the rows were judged against.
   */
  const m35 = (name: string, v: Record<number, number>): RowFacts =>
    ({ name, attribute: "预期性", unit: "亿元", baseline: "210", target: "560", values: v, yearlyTargets: { "2025": "300", "2035": "560" }, targetYear: 2035 });
  test.each([
    [2025, { 2025: 300 }, "基本符合预期 1 项", "以上各项中，按 2025 年度目标评估 1 项（进度、序时进度均对年度目标；达到年度目标的评为基本符合预期，已达到下一年目标的评为快于预期，已达到规划目标的评为提前实现）。",
      "已达标（规划期末前）：按年度目标评估的为基本符合预期（已达到下一年目标的为快于预期，已达到规划目标的为提前实现）；"],
    [2023, { 2023: 301 }, "快于预期 1 项", "以上各项中，按 2025 年目标评估 1 项（2025 年前没有当年目标的年份按最近的 2025 年目标评估，序时进度自基期 2020 年至 2025 年；已达到 2025 年目标的评为快于预期）。",
      "已达标（规划期末前）：按 2025 年目标评估的为快于预期（已达到规划目标的为提前实现）；"],
  ] as const)("%i of a 2020|2025|2035 plan: 总体评估 says which target graded the rows after the counts, and 已达标 by it", async (year, values, count, head, mapping) => {
    const { overall } = await sections(returnOf("桐溪县", [m35("地区生产总值", values)], year));
    expect(overall).toContain(count);
    expect(overall).toContain(`未能评估 0 项。${head}`);
    expect(overall).toContain(mapping);
    expect(overall).not.toContain("已达标（规划期末前）为提前实现");
  });
});

describe("evaluationText's brief form and its words, zh and en", () => {
  const item = (name: string, lag: number | null, attribute = "预期性"): TextItem => ({
    name, attribute, unit: "公里", grade: "behind", cumulative: false, forecast: { meets: false, value: 150, decimals: 0 },
    pace: { needed: 20, achieved: 10 }, targetYear: 2025, actual: "130", target: "≥200", lag,
  });
  const items = [item("甲", 0.2), item("乙", 0.4), item("丙", null), item("丁", 0.1, "约束性"), item("戊", 0.3)];

  test.each([
    ["binding first, then the furthest behind, unknown last", items, ["丁", "乙", "戊"]],
    ["fewer than three: all, in that order", [item("甲", 0.2), item("乙", null), item("丙", 0.5)], ["丙", "甲", "乙"]],
    // trial34 C1: a growth above its 左右 band (pastBand) is off target, not short of it: named only where nothing else is listed
    ["past a 左右 band on the better side: left out where others are listed", [{ ...item("甲", null), pastBand: true }, item("乙", null), { ...item("丙", null, "约束性"), pastBand: true }, item("丁", 0.1)], ["丁", "乙"]],
    ["only rows past their band: named all the same", [{ ...item("甲", null), pastBand: true }, { ...item("乙", null), pastBand: true }], ["甲", "乙"]],
  ] as const)("mostSerious: %s", (_why, xs, names) => {
    expect(mostSerious(xs).map((i) => i.name)).toEqual(names);
  });

  test.each([
    ["zh", "按目前趋势，预计到 2025 年难以完成 5 项：最需关注的是丁、乙、戊等，逐项见“预警”。", "难以完成 5 项：丁（预计 2025 年 150 公里，目标 ≥200；需年均提高 20 公里"],
    ["en", "On the present trend, 5 are unlikely to be met by 2025: most of all 丁, 乙, 戊, among others; each is listed under “预警”.", "On the present trend, 5 are unlikely to be met by 2025: 丁 ("],
  ] as const)("%s: the brief form names three of five, the full form each with its forecast", (lang, brief, full) => {
    expect(evaluationText(items, 2023, 2025, lang, [], { section: "预警" })).toContain(brief);
    expect(evaluationText(items, 2023, 2025, lang)).toContain(full);
  });

  // trial 31: with two lists (forecast to miss, then breached with no trend) the brief form said 逐项见 after each,
  // twice in a row; now one list says it after its names, several say it once, after the last, and none not at all
  const breached: TextItem = { ...item("庚", null, "约束性"), forecast: { meets: null }, breach: { how: "target", why: "no_trend" } };
  const met = items.map((i) => ({ ...i, grade: "on_schedule" as const, forecast: { meets: true, value: 210, decimals: 0 } }));
  test.each([
    ["zh", "one list", items, 1, "按目前趋势，预计到 2025 年难以完成 5 项：最需关注的是丁、乙、戊等，逐项见“预警”。"],
    ["zh", "two lists", [...items, breached], 1, "按目前趋势，预计到 2025 年难以完成 5 项：最需关注的是丁、乙、戊等。另有约束性指标 1 项 2023 年未达到目标，无趋势可预测：庚。以上各项逐项见“预警”。"],
    ["zh", "no list", met, 0, "按目前趋势，可预测的 5 项指标预计到 2025 年均可完成。"],
    ["en", "one list", items, 1, "On the present trend, 5 are unlikely to be met by 2025: most of all 丁, 乙, 戊, among others; each is listed under “预警”."],
    ["en", "two lists", [...items, breached], 1, "On the present trend, 5 are unlikely to be met by 2025: most of all 丁, 乙, 戊, among others. A further 1 binding indicator is not met in 2023, with no trend to forecast: 庚. Each of the rows above is listed under “预警”."],
    ["en", "no list", met, 0, "On the present trend, all 5 indicators that can be forecast are expected to be met by 2025."],
  ] as const)("%s, %s: the section is pointed to once at most, after the last list", (lang, _case, xs, pointers, said) => {
    const text = evaluationText(xs, 2023, 2025, lang, [], { section: "预警" });
    expect(text.split("“预警”").length - 1).toBe(pointers);
    expect(text).toContain(said);
  });

  test.each([
    ["zh", true, false, ["missing", "scale_suspect"], "校验（check）的状态在本报告中的评估等级：已达标（规划期末前）为提前实现；符合序时进度为快于预期（进度高出序时进度 10 个百分点及以上）或基本符合预期；滞后、严重滞后为滞后于预期；未填报、数值待核实为未能评估。"],
    ["zh", true, true, [], "校验（check）的状态在本报告中的评估等级：已达标（规划期末前）为提前实现；符合序时进度为快于预期（进度高出序时进度 10 个百分点及以上）或基本符合预期；滞后、严重滞后为滞后于预期；规划期末及以后，已达标为已实现，其余已评估的为未完成。"],
    ["en", true, false, ["invalid"], "Check's statuses as this report's grades: Met (before the plan's last year) is Achieved early; On track is Ahead of schedule (progress 10 percentage points or more past expected progress) or Broadly on schedule; Lagging or Severely lagging is Behind schedule; Invalid data is Not graded."],
    ["en", false, true, ["missing", "manual"], "Check's statuses as this report's grades: from the plan's last year on, Met is Achieved and any other graded row Not achieved; Not reported, Needs manual review are Not graded."],
  ] as const)("gradeStatusMap %s (open %s, ended %s, not graded %j)", (lang, open, ended, reasons, sentence) => {
    expect(EVALUATION_WORDS[lang].gradeStatusMap(open, ended, reasons)).toBe(sentence);
  });

  // trial47d F1: 已达标 said by the target the open rows were graded by (the plan's, their year's own, a later milestone's)
  test.each([
    ["zh", { plan: true, own: true, milestones: [] }, "已达标（规划期末前）：按规划目标评估的为提前实现，按年度目标评估的为基本符合预期（已达到下一年目标的为快于预期，已达到规划目标的为提前实现）；"],
    ["zh", { plan: false, own: false, milestones: [2025] }, "已达标（规划期末前）：按 2025 年目标评估的为快于预期（已达到规划目标的为提前实现）；"],
    ["zh", { plan: true, own: false, milestones: [] }, "已达标（规划期末前）为提前实现；"],
    ["en", { plan: false, own: true, milestones: [] }, "Met (before the plan's last year) is Broadly on schedule where graded by its year's own target (Ahead of schedule if next year's target is met too, Achieved early if the plan's); "],
    ["en", { plan: true, own: false, milestones: [2025] }, "Met (before the plan's last year) is Achieved early where graded by the plan's target, Ahead of schedule where graded by the 2025 milestone (Achieved early if the plan's target is met too); "],
  ] as const)("gradeStatusMap %s says 已达标 by the target graded by (%j)", (lang, byYear, part) => {
    expect(EVALUATION_WORDS[lang].gradeStatusMap(true, false, [], byYear)).toContain(part);
  });

  test("the brief form points to the section the report gives that title", () => {
    const ret = returnOf("海城区", ROWS, 2023);
    expect(warningSection(ret).title).toBe("预警与难以完成的指标");
  });
});
