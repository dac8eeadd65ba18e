import { num } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { withinBandWords } from "../../src/sheet/withinBandWords";
import { returnOf } from "../report/evaluationRow";

/**
 * trial36 tp F5: 公路总里程 3300 in 2026 against `3600左右` (base 3200) is 已达标 in check and 提前实现 in the report, by
 * §3's ±10% band, with no word why: 8% under the end target in year 1 reads as a mistake. The grade stays; the row says
 * the band (check's info approximate_within; the report's 说明 and 分领域 line), zh and en. Not said where the value is
 * the target itself, where it is outside the band (approximate_outside), or 倒退 (approximate_backwards).
 */
const spec = (baseline: string, target: string): IndicatorSpec => ({ name: "公路总里程(公里)", unit: "公里", baseline, target, baselineYear: 2025, targetYear: 2030 });

describe("a 左右 target met inside its band says why", () => {
  test.each<[string, string, string, number, string, string | null, RegExp | null]>([
    ["trial36 F5: 3300 against 3600左右, base 3200", "3200", "3600左右", 3300, "met",
      "3300 在目标「3600左右」的上下 10% 以内（3240–3960），按评估规则 §3 即为已达标（不看进度）：低于目标，相差 300 公里",
      /^Sheet "表1" K4: 3300 is within 10% either side of the target "3600左右" \(3240–3960\), which rules §3 count as met \(no progress is measured\): below the target by 300 公里$/],
    ["above the target, inside the band", "3200", "3600左右", 3800, "met", "3800 在目标「3600左右」的上下 10% 以内（3240–3960），按评估规则 §3 即为已达标（不看进度）：高于目标，相差 200 公里", /above the target by 200 公里$/],
    ["the target itself: nothing to say", "3200", "3600左右", 3600, "met", null, null],
    ["outside the band: approximate_outside instead", "3200", "3600左右", 3000, "lagging", null, null],
  ])("%s", (_why, baseline, target, value, status, zh, en) => {
    const r = evaluateIndicator({ spec: spec(baseline, target), year: 2026, actuals: { 2026: num(value) }, cells: { 2026: "K4" }, sheet: "表1" });
    expect(r.status).toBe(status);
    const within = r.issues.filter((i) => i.code === "approximate_within");
    if (zh === null || en === null) return expect(within).toEqual([]);
    expect(within).toHaveLength(1);
    expect(within[0]!.severity).toBe("info");
    expect(describeIssue(within[0]!, "zh")).toBe(`工作表「表1」K4：${zh}`);
    expect(describeIssue(within[0]!, "en")).toMatch(en);
  });

  const ret = returnOf("长丰县", [{ name: "公路总里程", attribute: "预期性", unit: "公里", baseline: "3200", target: "3600左右", values: { 2021: 3300 } }], 2021);
  const row = ret.items[0]!;
  test.each<[string, () => string, string]>([
    ["the report's words (zh)", () => withinBandWords(row, "zh"), "3300 在目标「3600左右」的上下 10% 以内（3240–3960）：区间内即为已达标"],
    ["the report's words (en)", () => withinBandWords(row, "en"), "3300 is within 10% either side of the target “3600左右” (3240–3960): any value in that band is met"],
    ["the 附表's 说明", () => String(evaluationColumns(row, 1, 2021).at(-1)), "3300 在目标「3600左右」的上下 10% 以内（3240–3960）：区间内即为已达标"],
  ])("%s", (_where, said, words) => {
    expect(row.graded.grade).toBe("early");
    expect(said()).toContain(words);
  });
});
