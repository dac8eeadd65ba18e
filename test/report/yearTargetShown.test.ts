import { reportJson } from "../../src/cli/reportJson";
import { yearTargetLine } from "../../src/cli/yearTargetLine";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import type { EvaluationReport } from "../../src/sheet/EvaluationReport";
import { returnOf, type RowFacts } from "./evaluationRow";
import { returnParagraph } from "../../src/sheet/returnParagraph";

/**
 * Trial K: a yearly plan's 2024 target (城镇化率 69.5, plan 72) graded the row, as check says, but
 * the 附表 showed 目标值 72 beside 进度 84.8% and 序时进度 100% in year 4 of 5: the 69.5 appeared nowhere.
 * The year's own target is now said where it is the one graded: the 附表, report --json (`yearTarget`)
 * and the terminal's line; a row graded by the plan's target stays as it was.
 */
const row = (name: string, target: string, yearly: Record<string, string> | undefined, v: number): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline: "66.2", target, values: { 2024: v }, ...(yearly ? { yearlyTargets: yearly } : {}) });
const TARGET_COLUMN = 5;

describe("the year's own target is shown where it is graded", () => {
  test.each<[string, RowFacts, string, string | undefined, string]>([
    ["2024 target 69.5, plan 72 (trial K)", row("常住人口城镇化率", "72", { "2024": "69.5" }, 69), "69.5（2024 年度目标；规划目标 72）", "69.5", "84.8%"],
    ["no target of its own in 2024: the plan's, on 序时进度", row("常住人口城镇化率", "72", { "2023": "68.5" }, 69), "72", undefined, "48.3%"],
    ["no yearly targets", row("常住人口城镇化率", "72", undefined, 69), "72", undefined, "48.3%"],
    ["the year's target is the plan's own text", row("常住人口城镇化率", "72", { "2024": "72" }, 69), "72", undefined, "48.3%"],
    // trial 28a: a year with no target (/) was listed among the rows 按 2023 年度目标评估; the row is 不适用 that year
    ["no target in 2024 (/), 全覆盖 at the end: graded by nothing", row("长期护理保险覆盖人数", "全覆盖", { "2024": "/", "2025": "全覆盖" }, 69), "全覆盖", undefined, "—"],
    ["no target in 2024 (—) on a row with numbers", row("常住人口城镇化率", "72", { "2023": "68.5", "2024": "—" }, 69), "72", undefined, "—"],
  ])("%s", (_why, facts, shown, json, progress) => {
    const ret = returnOf("东城区", [facts], 2024);
    const cols = evaluationColumns(ret.items[0]!, 1, 2024);
    expect(cols[TARGET_COLUMN]).toBe(shown);
    expect(cols[7]).toBe(progress);
    const report: EvaluationReport = { year: 2024, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text };
    const doc = reportJson(report) as { items: Array<{ yearTarget?: string }> };
    expect(doc.items[0]?.yearTarget).toBe(json);
    expect(yearTargetLine(report, "zh")).toBe(json === undefined ? null : `按 2024 年度目标评估 1 项（进度、序时进度均对年度目标；达到年度目标的评为基本符合预期，已达到下一年目标的评为快于预期，已达到规划目标的评为提前实现）：常住人口城镇化率 ${json}（规划目标 72）`);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "按 2024 年度目标评估 2 项（进度、序时进度均对年度目标；达到年度目标的评为基本符合预期，已达到下一年目标的评为快于预期，已达到规划目标的评为提前实现）：常住人口城镇化率 69.5（规划目标 72）；托位数 3.5（规划目标 4.0）"],
    ["en", "Graded by 2024's own targets (progress and expected progress are against them; a row meeting its year's target is on schedule, one already meeting next year's target ahead of schedule, one already meeting the plan's target achieved early), 2: 常住人口城镇化率 69.5 (plan target 72); 托位数 3.5 (plan target 4.0)"],
  ])("the terminal line names each row once over several units (%s)", (lang, line) => {
    const rows = (v: number): RowFacts[] => [row("常住人口城镇化率", "72", { "2024": "69.5" }, v), { ...row("托位数", "4.0", { "2024": "3.5" }, 3.6), baseline: "1.8" }];
    const a = returnOf("东城区", rows(69), 2024);
    const b = returnOf("南山县", rows(70), 2024);
    const report: EvaluationReport = { year: 2024, returns: [a, b], units: [{ unit: a.unit, ret: a }, { unit: b.unit, ret: b }], counts: a.counts, text: "" };
    expect(yearTargetLine(report, lang)).toBe(line);
  });

  /**
   * trial47b F3 F9: a 2021–2035 plan with a 2025 milestone column. In 2023 every row was judged against 2035 (s = 0.2),
   * 优良天数 94.0 快于预期 against ≥95 with its 2025 ≥93.5 met unsaid, 〔18〕 (2025 only) 不适用; in 2025 a row meeting its
   * milestone read 基本符合预期 with no word why. Now 2023 is judged against the 2025 milestone, and the report says so.
   */
  const m35 = (name: string, unit: string, baseline: string, m: string, t: string, values: Record<number, number>): RowFacts =>
    ({ name, attribute: "约束性", unit, baseline, target: t, values, yearlyTargets: { "2025": m, "2035": t }, targetYear: 2035 });
  const air = (v: Record<number, number>): RowFacts => m35("设区城市空气质量优良天数比率", "%", "93.3", "≥93.5", "≥95", v);
  const co2 = (v: Record<number, number>): RowFacts => m35("单位GDP二氧化碳排放降低", "%", "—", "〔18〕", "—", v);
  const aq = { 2021: 95.1, 2022: 95.2, 2023: 94.0 };
  const cut = { 2021: 3.5, 2022: 3.8, 2023: 3.6 };
  test.each<[string, RowFacts, number, string, string, string | undefined, number | undefined]>([
    ["2023, 94.0 meets the 2025 milestone: 快于预期 by it, said with its year", air(aq), 2023, "ahead", "≥93.5（2025 年目标；规划目标 ≥95）", "≥93.5", 2025],
    ["2023, 〔18〕 of 2025 on its pace: graded (was 不适用)", co2(cut), 2023, "on_schedule", "〔18〕（2025 年目标；规划目标 —）", "〔18〕", 2025],
    ["2025, 〔18〕 paced over 2021–2025: graded by its year's target (§6), not 数值待核实", co2({ ...cut, 2024: 3.7, 2025: 4.0 }), 2025, "on_schedule", "〔18〕（2025 年度目标；规划目标 —）", "〔18〕", undefined],
  ])("a 2021–2035 plan: %s", (_why, facts, year, grade, shown, json, forYear) => {
    const ret = returnOf("某某省", [facts], year);
    const item = ret.items[0]!;
    expect(item.graded.grade).toBe(grade);
    expect(evaluationColumns(item, 1, year)[TARGET_COLUMN]).toBe(shown);
    const report: EvaluationReport = { year, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text };
    const doc = reportJson(report) as { items: Array<{ yearTarget?: string; yearTargetFor?: number }> };
    expect([doc.items[0]?.yearTarget, doc.items[0]?.yearTargetFor]).toEqual([json, forYear]);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "按 2025 年目标评估 2 项（2025 年前没有当年目标的年份按最近的 2025 年目标评估，序时进度自基期 2020 年至 2025 年；已达到 2025 年目标的评为快于预期）：设区城市空气质量优良天数比率 ≥93.5（规划目标 ≥95）；单位GDP二氧化碳排放降低 〔18〕（规划目标 —）"],
    ["en", "Graded by the 2025 milestone targets (a year before 2025 without its own target is judged against the nearest, 2025's, with expected progress from the 2020 baseline to 2025; a row already meeting its 2025 target is ahead of schedule), 2: 设区城市空气质量优良天数比率 ≥93.5 (plan target ≥95); 单位GDP二氧化碳排放降低 〔18〕 (plan target —)"],
  ])("2023 of a 2021–2035 plan: the terminal line says the rows are judged against the 2025 milestone (%s)", (lang, line) => {
    const ret = returnOf("某某省", [air(aq), co2(cut)], 2023);
    const report: EvaluationReport = { year: 2023, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text };
    expect(yearTargetLine(report, lang)).toBe(line);
  });

  // trial47d F1: the report's paragraph (docx and text) gives the terminal line's head after the counts, in each language
  test.each<["zh" | "en", number, string]>([
    ["zh", 2023, "以上各项中，按 2025 年目标评估 2 项（2025 年前没有当年目标的年份按最近的 2025 年目标评估，序时进度自基期 2020 年至 2025 年；已达到 2025 年目标的评为快于预期）。"],
    ["en", 2023, "Of the rows above: Graded by the 2025 milestone targets (a year before 2025 without its own target is judged against the nearest, 2025's, with expected progress from the 2020 baseline to 2025; a row already meeting its 2025 target is ahead of schedule), 2. "],
    ["zh", 2025, "以上各项中，按 2025 年度目标评估 2 项（进度、序时进度均对年度目标；达到年度目标的评为基本符合预期，已达到下一年目标的评为快于预期，已达到规划目标的评为提前实现）。"],
    ["en", 2025, "Of the rows above: Graded by 2025's own targets (progress and expected progress are against them; a row meeting its year's target is on schedule, one already meeting next year's target ahead of schedule, one already meeting the plan's target achieved early), 2. "],
  ])("%s %i of a 2021–2035 plan: the paragraph says which target graded the rows", (lang, year, said) => {
    const ret = returnOf("某某省", [air({ ...aq, 2024: 95, 2025: 95 }), co2({ ...cut, 2024: 3.7, 2025: 4.0 })], year);
    expect(returnParagraph(ret, lang)).toContain(said);
  });
});
