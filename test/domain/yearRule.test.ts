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

describe("targetForYear: the target that applies in a year (evaluation-rules §3, yearly targets)", () => {
  test.each<[string, IndicatorSpec, number, string, boolean]>([
    ["a year before the first yearly target: the final target", midTerm, 2021, "82以上", false],
    ["the year before the mid-term target: the final target", midTerm, 2022, "82以上", false],
    ["the mid-term year: its own target", midTerm, 2023, "81.8", true],
    ["a year between the yearly targets: the final target", midTerm, 2024, "82以上", false],
    ["the final year: its own target", midTerm, 2025, "82以上", true],
    ["after the last yearly target: the final target", midTerm, 2026, "82以上", false],
    ["a year the plan left blank keeps its blank (不适用)", blankMid, 2023, "", true],
    ["no final target: the last yearly target applies between", noFinal, 2024, "5", false],
    ["a target for every year: each year its own", ssBeds, 2024, "4.0", true],
    ["a target for every year: the last year its own", ssBeds, 2027, "5.5", true],
  ])("%s", (_why, spec, year, text, yearly) => {
    expect(targetForYear(spec, year)).toEqual({ text, yearly });
  });
});

describe("yearRule: the share and trajectory of a year", () => {
  const unit = detectUnit("人均预期寿命(岁)");
  test.each<[string, IndicatorSpec, number, number, boolean]>([
    ["2021 of 2020–2025 without its own target: s = 1/5", midTerm, 2021, 0.2, false],
    ["2022: s = 2/5", midTerm, 2022, 0.4, false],
    ["2023, its own target: s = 1", midTerm, 2023, 1, true],
    ["2024 between the targets: s = 4/5", midTerm, 2024, 0.8, false],
    ["2025, its own target: s = 1", midTerm, 2025, 1, true],
    ["嵊泗 2024: s = 1 as before", ssBeds, 2024, 1, true],
  ])("%s", (_why, spec, year, share, yearly) => {
    const r = yearRule(spec, year, unit);
    expect(r.share).toBeCloseTo(share, 12);
    expect(r.yearly).toBe(yearly);
    expect(r.trajectory).toBe(true);
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
