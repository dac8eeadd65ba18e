import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import type { Status } from "../../src/domain/Status";
import { valueToVerify } from "../../src/domain/valueToVerify";

/**
 * evaluation-rules §3, our reading from trial29a F5: a yearly plan's growth rate below last year's
 * (`社会消费品零售总额增长 | 7.3 | 8左右`, filled 6.5) was told 倒退…请核实数值 and counted among the report's 数值待核实.
 * Each year's rate is its own: no `approximate_backwards` and no value to verify for a name that says a change;
 * the row is still graded by its distance, and the band is said instead.
 */
const spec = (name: string, baseline: string, target: string): IndicatorSpec => ({ name, unit: "", baseline, target, baselineYear: 2023, targetYear: 2024 });

describe("§3: a change name's rate below the baseline's is no 倒退 and no value to verify", () => {
  test.each<[string, string, string, string, number, Status, boolean]>([
    ["社零增长 6.5 against 7.3 → 8左右 (trial29a F5)", "社会消费品零售总额增长", "7.3", "8左右", 6.5, "lagging", false],
    ["农村收入增长 7.0 against 7.5 → 8.5左右", "农村常住居民人均可支配收入增长", "7.5", "8.5左右", 7, "lagging", false],
    ["居民消费价格涨幅 3.2 against 2 → 1.5左右", "居民消费价格涨幅", "2", "1.5左右", 3.2, "severe", false],
    ["a level still says 倒退: 人均预期寿命 77.6 against 78.2 → 79左右", "人均预期寿命（岁）", "78.2", "79左右", 77.6, "met", true],
    ["a level outside the band says 倒退, not the band: 床位数 5.8 against 5.9 → 7.0左右", "每千人口医疗卫生机构床位数（张）", "5.9", "7.0左右", 5.8, "lagging", true],
  ])("%s", (_why, name, baseline, target, value, status, backwards) => {
    const r = evaluateIndicator({ spec: spec(name, baseline, target), year: 2024, actuals: { 2024: num(value) } });
    // still graded by distance, as before
    expect(r.status).toBe(status);
    expect(r.issues.some((i) => i.code === "approximate_backwards")).toBe(backwards);
    // the report's 数值待核实 reads the same issues
    expect(valueToVerify(r.issues, r.value ?? null)?.code === "approximate_backwards").toBe(backwards);
    // the band is said instead, where the value is outside it and not 倒退
    expect(r.issues.some((i) => i.code === "approximate_outside")).toBe(!backwards);
  });
});
