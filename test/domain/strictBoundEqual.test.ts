import { num } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * trial47c F2: 地表水达到或好于Ⅲ类水体比例 72.2 → `>95` (2020–2025) filled 95 in 2023 is 符合序时进度 with progress 100%
 * (§3: not met, p = 1 ≥ s), which reads as a mistake beside a status that is not 已达标. The status stands; the row says
 * the value is on the bound and the target needs more (info strict_bound_equal), zh and en. Not said where the bound is
 * passed, missed the other way, not strict, or at the bound's year (滞后, and flagReason says the miss).
 */
const spec = (name: string, baseline: string, target: string): IndicatorSpec => ({ name, unit: "%", baseline, target, baselineYear: 2020, targetYear: 2025 });
const WATER = "地表水达到或好于Ⅲ类水体比例（%）";

describe("a value on a strict bound before its year says the bound is to be passed", () => {
  test.each<[string, IndicatorSpec, number, number, string, string | null, string | null]>([
    ["trial47c F2: 95 against >95 in 2023", spec(WATER, "72.2", ">95"), 2023, 95, "on_track",
      "95 等于目标值，目标为「>95」，须高于 95 才达标（进度按 100% 计，状态仍按序时进度评估）",
      "95 equals the bound of the target \">95\": it is met only above 95 (progress counts it as 100%; the status still goes by the expected progress)"],
    ["a ceiling: 9 against <9", spec("孕产妇死亡率（1/10万）", "9.7", "<9"), 2023, 9, "on_track",
      "9 等于目标值，目标为「<9」，须低于 9 才达标（进度按 100% 计，状态仍按序时进度评估）", "9 equals the bound of the target \"<9\": it is met only below 9 (progress counts it as 100%; the status still goes by the expected progress)"],
    ["past the bound: met, nothing to say", spec(WATER, "72.2", ">95"), 2023, 95.5, "met", null, null],
    ["short of the bound: nothing to say", spec(WATER, "72.2", ">95"), 2023, 90, "on_track", null, null],
    ["not strict: 95 meets ≥95", spec(WATER, "72.2", "≥95"), 2023, 95, "met", null, null],
    ["the bound's year: 滞后, said by the miss instead", spec(WATER, "72.2", ">95"), 2025, 95, "lagging", null, null],
  ])("%s", (_why, s, year, value, status, zh, en) => {
    const r = evaluateIndicator({ spec: s, year, actuals: { [year]: num(value) } });
    expect(r.status).toBe(status);
    const said = r.issues.filter((i) => i.code === "strict_bound_equal");
    if (zh === null || en === null) return expect(said).toEqual([]);
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe("info");
    expect(describeIssue(said[0]!, "zh")).toBe(zh);
    expect(describeIssue(said[0]!, "en")).toBe(en);
  });
});
