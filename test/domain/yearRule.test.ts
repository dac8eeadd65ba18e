import { num, type CellValue } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import type { Status } from "../../src/domain/Status";
import { detectUnit } from "../../src/domain/Unit";
import { targetForYear, yearRule } from "../../src/domain/yearRule";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { indicatorTemplate } from "../support/seedRows";

// a plan with a mid-term and a final target (德清 附表1: baseline 2020, 2023年目标, 2025年目标)
const midTerm: IndicatorSpec = {
  name: "人均预期寿命(岁)", unit: "岁", baseline: "81.5", target: "82以上",
  yearlyTargets: { "2023": "81.8", "2025": "82以上" }, baselineYear: 2020, targetYear: 2025,
};
// the importer writes a year's empty cell as "": the plan gives no target that year
const blankMid: IndicatorSpec = { ...midTerm, yearlyTargets: { "2023": "", "2025": "82以上" } };
// no final target of its own: the last yearly target is the final one
const noFinal: IndicatorSpec = { name: "托位数(个)", unit: "个", baseline: "3", yearlyTargets: { "2023": "4", "2025": "5" }, baselineYear: 2020, targetYear: 2025 };
const ssT = indicatorTemplate("shengsi-2023-2027");
const ssBeds = ((): IndicatorSpec => {
  const d = ssT.indicators.find((x) => x.id === "ss23-01");
  if (!d) throw new Error("ss23-01");
  return indicatorSpec(ssT, d);
})(); // 3.0 → 2023 3.8, 2024 4.0, 2025 4.5, 2026 5, 2027 5.5

// a 2021–2035 plan with a 2025 milestone column (trial47b: 美丽某某建设主要指标 2020 | 2025 | 2035)
const twoMilestones: IndicatorSpec = {
  name: "设区城市空气质量优良天数比率", unit: "%", baseline: "93.3", target: "≥95",
  yearlyTargets: { "2025": "≥93.5", "2035": "≥95" }, baselineYear: 2020, targetYear: 2035,
};
// a cumulative milestone with no 2035 total (单位GDP二氧化碳排放降低 〔18〕 | —), and one with both (财政投入 〔600〕 | 〔1500〕)
const co2Milestone: IndicatorSpec = { name: "单位GDP二氧化碳排放降低", unit: "%", baseline: "—", target: "—", yearlyTargets: { "2025": "〔18〕", "2035": "—" }, baselineYear: 2020, targetYear: 2035 };
const spendMilestones: IndicatorSpec = { name: "生态环境保护财政投入", unit: "亿元", baseline: "—", target: "〔1500〕", yearlyTargets: { "2025": "〔600〕", "2035": "〔1500〕" }, baselineYear: 2020, targetYear: 2035 };
// a row whose milestone the plan left `—`: passed over, the final target applies before it as after
const noMilestone: IndicatorSpec = { ...twoMilestones, yearlyTargets: { "2025": "—", "2035": "≥95" } };

describe("targetForYear: the target that applies in a year (evaluation-rules §3, yearly targets)", () => {
  test.each<[string, IndicatorSpec, number, string, boolean, number]>([
    // §3, our reading (trial47b F3): a year without its own target is judged against the nearest later milestone
    ["a year before the mid-term target: the mid-term target", midTerm, 2021, "81.8", false, 2023],
    ["the year before the mid-term target: the mid-term target", midTerm, 2022, "81.8", false, 2023],
    ["the mid-term year: its own target", midTerm, 2023, "81.8", true, 2023],
    ["a year between the yearly targets: the final target", midTerm, 2024, "82以上", false, 2025],
    ["the final year: its own target", midTerm, 2025, "82以上", true, 2025],
    ["after the last yearly target: the final target", midTerm, 2026, "82以上", false, 2025],
    ["a year the plan left blank keeps its blank (不适用)", blankMid, 2023, "", true, 2023],
    ["a blank milestone is passed over: the final target", blankMid, 2022, "82以上", false, 2025],
    ["no final target: the last yearly target applies between", noFinal, 2024, "5", false, 2025],
    ["a target for every year: each year its own", ssBeds, 2024, "4.0", true, 2024],
    ["a target for every year: the last year its own", ssBeds, 2027, "5.5", true, 2027],
    ["2021–2035 plan, 2023: the 2025 milestone", twoMilestones, 2023, "≥93.5", false, 2025],
    ["2021–2035 plan, 2025: its own milestone", twoMilestones, 2025, "≥93.5", true, 2025],
    ["2021–2035 plan, 2030: the 2035 target", twoMilestones, 2030, "≥95", false, 2035],
    ["a cumulative milestone with no final total, 2023: 〔18〕 of 2025 (not 不适用)", co2Milestone, 2023, "〔18〕", false, 2025],
    ["a cumulative milestone with no final total, 2030: — (不适用)", co2Milestone, 2030, "—", false, 2035],
    ["a milestone left —: 2023 against the final target", noMilestone, 2023, "≥95", false, 2035],
  ])("%s", (_why, spec, year, text, yearly, forYear) => {
    expect(targetForYear(spec, year)).toEqual({ text, yearly, for: forYear });
  });
});

describe("yearRule: the share and trajectory of a year", () => {
  const unit = detectUnit("人均预期寿命(岁)");
  test.each<[string, IndicatorSpec, number, number, boolean]>([
    ["2021 of 2020–2025 before the 2023 mid-term target: s = 1/3", midTerm, 2021, 1 / 3, false],
    ["2022: s = 2/3", midTerm, 2022, 2 / 3, false],
    ["2023, its own target: s = 1", midTerm, 2023, 1, true],
    ["2024 between the targets: s = 4/5", midTerm, 2024, 0.8, false],
    ["2025, its own target: s = 1", midTerm, 2025, 1, true],
    ["嵊泗 2024: s = 1 as before", ssBeds, 2024, 1, true],
    ["2021–2035 plan, 2023: s = 3/5 to the 2025 milestone (was 0.2 to 2035)", twoMilestones, 2023, 0.6, false],
    ["2021–2035 plan, 2030: s = 10/15 to 2035", twoMilestones, 2030, 10 / 15, false],
    ["a milestone left —: 2023's s = 3/15 to 2035", noMilestone, 2023, 0.2, false],
  ])("%s", (_why, spec, year, share, yearly) => {
    const r = yearRule(spec, year, unit);
    expect(r.share).toBeCloseTo(share, 12);
    expect(r.yearly).toBe(yearly);
    expect(r.trajectory).toBe(true);
  });
});

describe("statuses of a 2021–2035 plan with a 2025 milestone (trial47b F3)", () => {
  const run = (spec: IndicatorSpec, year: number, values: number[]): Status =>
    evaluateIndicator({ spec, year, actuals: Object.fromEntries(values.map((v, i) => [String(2021 + i), num(v)])) }).status;
  test.each<[string, IndicatorSpec, number, number[], Status]>([
    ["优良天数 94.0 in 2023 meets its 2025 milestone ≥93.5: met (was on track against ≥95)", twoMilestones, 2023, [95.1, 95.2, 94.0], "met"],
    ["93.38 in 2023: p 0.4 of the way to 93.5 (s/2 ≤ p < s 0.6): lagging", twoMilestones, 2023, [93.3, 93.3, 93.38], "lagging"],
    ["〔18〕 of 2025 in 2023: 3.5 + 3.8 + 3.6 = 10.9 of 18, s 0.6: on track (was 不适用)", co2Milestone, 2023, [3.5, 3.8, 3.6], "on_track"],
    ["〔600〕 of 2025 in 2023: 368 of 600, s 0.6: on track", spendMilestones, 2023, [112, 125, 131], "on_track"],
    ["〔600〕 in 2023: 300 of 600 (p 0.5 < s 0.6): lagging", spendMilestones, 2023, [100, 100, 100], "lagging"],
    ["〔18〕 in 2030, no 2035 total: 不适用", co2Milestone, 2030, [3.5, 3.8, 3.6, 3.7, 3.6, 3, 3, 3, 3, 3], "not_applicable"],
  ])("%s", (_why, spec, year, values, status) => {
    expect(run(spec, year, values)).toBe(status);
  });
});

describe("statuses of a mid-term table (81.5 → 2023 81.8 → 2025 82以上)", () => {
  const run = (year: number, actuals: Record<string, CellValue>): Status => evaluateIndicator({ spec: midTerm, year, actuals }).status;
  test.each<[string, number, number, Status]>([
    ["2022, p 0.4 = s: on track against the final target", 2022, 81.7, "on_track"],
    ["2022, p 0.2 = s/2: lagging", 2022, 81.6, "lagging"],
    ["2022, p 0.1 < s/2: severe", 2022, 81.55, "severe"],
    ["2023, p 0.5 of the mid-term step: lagging (no on-track tier)", 2023, 81.65, "lagging"],
    ["2023, reaching the mid-term target: met", 2023, 81.8, "met"],
    ["2024, p 0.8 = s: on track", 2024, 81.9, "on_track"],
    ["2024, p 0.6 (s/2 ≤ p < s): lagging", 2024, 81.8, "lagging"],
    ["2024, reaching the final target: met", 2024, 82, "met"],
  ])("%s", (_why, year, value, status) => {
    expect(run(year, { [String(year)]: num(value) })).toBe(status);
  });
});
