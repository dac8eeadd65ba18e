import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { describeIssue } from "../../src/domain/describeIssue";
import type { Status } from "../../src/domain/Status";
import { valueToVerify } from "../../src/domain/valueToVerify";
import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";

/**
 * A trial's 人均预期寿命 77.6 against a baseline of 78.2 and a target of 79左右 was 已达标 (within 10% of
 * 79, §3) and the report said 提前实现: a 左右 row that moved back past its baseline keeps the status
 * §3's distance gives, and says 倒退 in check (a warning) and in the report (a value to verify).
 */
const spec = (name: string, unit: string, baseline: string, target: string): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });

test.each<[string, string, string, string, string, number, Status, "below" | "above" | null]>([
  ["life expectancy fell below the baseline: met by distance, said", "人均预期寿命", "岁", "78.2", "79左右", 77.6, "met", "below"],
  ["beds fell below the baseline: lagging by distance, said", "每千人口医疗卫生机构床位数", "张", "5.9", "7.0左右", 5.8, "lagging", "below"],
  ["a falling target, the value rose past the baseline", "城镇调查失业率", "%", "6", "5.5左右", 6.2, "lagging", "above"],
  ["moving towards the target: nothing said", "人均预期寿命", "岁", "78.2", "79左右", 78.5, "met", null],
  ["past the target on the far side: nothing said (not backwards)", "人均预期寿命", "岁", "78.2", "79左右", 80, "met", null],
  ["at the baseline: nothing said", "人均预期寿命", "岁", "78.2", "79左右", 78.2, "met", null],
  ["no baseline: nothing to go back past", "人均预期寿命", "岁", "/", "79左右", 77.6, "met", null],
])("%s", (_why, name, unit, baseline, target, value, status, side) => {
  const r = evaluateIndicator({ spec: spec(name, unit, baseline, target), year: 2023, actuals: { 2023: num(value) } });
  expect(r.status).toBe(status);
  const back = r.issues.filter((i) => i.code === "approximate_backwards");
  expect(back).toHaveLength(side === null ? 0 : 1);
  if (side === null) return;
  expect(back[0]?.severity).toBe("warning");
  expect(describeIssue(back[0]!, "zh")).toBe(`倒退：${value} ${side === "below" ? "低于" : "高于"}基期值 ${baseline}，离目标「${target}」更远；左右目标按上下 10% 判定（评估规则 §3），不看升降：请核实数值，或在说明中写明原因`);
  expect(describeIssue(back[0]!, "en")).toContain(`moving backwards: ${value} is ${side} the baseline ${baseline}`);
  // the report states the value with its caveat
  const v = valueToVerify(r.issues, r.value ?? null);
  expect(v).toMatchObject({ code: "approximate_backwards", side, baseline: Number(baseline) });
  expect(EVALUATION_WORDS.zh.verify(v!)).toBe(`（倒退，${side === "below" ? "低于" : "高于"}基期值 ${baseline}，待核实）`);
});
