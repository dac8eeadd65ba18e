import { num } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * A 左右 value outside the band that meets it says the band and how far off it is (§3 judges 左右 by
 * distance alone): a trial's 地区生产总值增长 8.2 against `6左右` read 严重滞后 with no word why.
 */
const spec = (baseline: string, target: string): IndicatorSpec => ({ name: "地区生产总值增长(%)", unit: "%", baseline, target, baselineYear: 2023, targetYear: 2024, yearlyTargets: { 2024: target } });

test.each<[string, string, string, number, string, string | null]>([
  ["above the band: severe", "5.2", "6左右", 8.2, "severe", "「6左右」以上下 10% 为达标（5.4–6.6），上下 20% 以内为滞后（评估规则 §3，不看升降）：8.2 高于目标「6左右」，相差 2.2 个百分点"],
  ["below, within 20%: lagging", "4.8", "6左右", 5.0, "lagging", "5 低于目标「6左右」，相差 1 个百分点"],
  ["within the band: met, no approximate_outside (approximate_within says the band: approximateWithin.test)", "5.2", "6左右", 6.5, "met", null],
  // a growth rate's baseline is last year's rate, so a value past it is no 倒退 (§3, our reading: trial29a F5); the band is said
  ["on the far side of the baseline, a growth rate: the band, not 倒退", "6.8", "6左右", 8.2, "severe", "8.2 高于目标「6左右」，相差 2.2 个百分点"],
  ["控制在6左右", "4.2", "控制在6左右", 4.5, "severe", "「控制在6左右」以上下 10% 为达标（5.4–6.6）"],
])("%s", (_why, baseline, target, value, status, says) => {
  const r = evaluateIndicator({ spec: spec(baseline, target), year: 2024, actuals: { 2024: num(value) }, cells: { 2024: "K4" }, sheet: "表1" });
  expect(r.status).toBe(status);
  const outside = r.issues.filter((i) => i.code === "approximate_outside");
  if (says === null) expect(outside).toEqual([]);
  else {
    expect(outside).toHaveLength(1);
    expect(describeIssue(outside[0]!, "zh")).toContain(says);
    expect(describeIssue(outside[0]!, "en")).toMatch(/is met within 10% either side \(5\.4–6\.6\) and lagging within 20%/);
  }
});

// trial34 C2: a % rate cannot pass 100, so its band is said to end there (approximateBand, one home with the importer and the report)
test.each<[string, string, string, number, string]>([
  ["a % rate: the band ends at 100", "九年义务教育巩固率(%)", "%", 85, "「99.7左右」以上下 10% 为达标（89.73–100）"],
  ["a count: as computed", "在校学生数(人)", "人", 85, "「99.7左右」以上下 10% 为达标（89.73–109.67）"],
])("%s", (_why, name, unit, value, says) => {
  const s: IndicatorSpec = { name, unit, baseline: "80", target: "99.7左右", baselineYear: 2020, targetYear: 2025 };
  const r = evaluateIndicator({ spec: s, year: 2023, actuals: { 2023: num(value) }, cells: { 2023: "K4" }, sheet: "表1" });
  const outside = r.issues.filter((i) => i.code === "approximate_outside");
  expect(outside).toHaveLength(1);
  expect(describeIssue(outside[0]!, "zh")).toContain(says);
});
