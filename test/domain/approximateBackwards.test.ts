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
  // the row's direction decides which side is back (§3a): the far side from the target is 倒退 only when it is the worse one
  ["floor-like by the series, fell below the baseline", "常住人口城镇化率", "%", "58.3", "63左右", 57.9, "met", "below"],
  ["ceiling-like by the series, rose above the baseline", "平均通勤时间（分钟）", "分钟", "40", "35左右", 42, "lagging", "above"],
  ["a floor word, the target below the baseline, fell past the target: the distance's, no 倒退", "基本养老保险参保率", "%", "96", "95左右", 80, "lagging", null],
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
  // in check's words (trial36 N5): the baseline it went back past and the target it moved away from
  expect(EVALUATION_WORDS.zh.verify(v!)).toBe(`（倒退：${side === "below" ? "低于" : "高于"}基期值 ${baseline}，离目标「${target}」更远，待核实）`);
});

/**
 * Session 30 (our reading, §3): a trial's 城镇调查失业率 5.4 → `5.5左右` filled 5.1 was told 倒退…请核实数值 in check
 * and 数值待核实 in the report. 失业率 is down (§3a rule 3): a fall is the better way, not a step back, though it moves
 * away from the plan's 5.5. The status stays the distance's (不看升降): 5.1 is in the band 4.95–6.05, 已达标; a value
 * outside the band gets the band (`approximate_outside`), never 倒退. Baselines inside and outside the band.
 */
test.each<[string, string, string, string, string, number, Status, string | null]>([
  ["the trial: a fall in the band, baseline in the band", "城镇调查失业率（%）", "%", "5.4", "5.5左右", 5.1, "met", null],
  ["a fall out of the band (0.7 points, 12.7% below), baseline in the band", "城镇调查失业率（%）", "%", "5.4", "5.5左右", 4.8, "lagging", "低于目标「5.5左右」，相差 0.7 个百分点"],
  ["a fall far out of the band, baseline below the band", "城镇调查失业率（%）", "%", "4.5", "5.5左右", 4.2, "severe", "低于目标「5.5左右」，相差 1.3 个百分点"],
  ["a fall in the band, baseline below the band", "城镇登记失业率（%）", "%", "4.8", "5.5左右", 4.96, "met", null],
  ["a rise towards the plan's 5.5, past it: the distance's", "城镇调查失业率（%）", "%", "5.4", "5.5左右", 6.2, "lagging", "高于目标「5.5左右」，相差 0.7 个百分点"],
  ["a floor word with the target below the baseline: a rise in the band", "基本养老保险参保率", "%", "96", "95左右", 97, "met", null],
  ["a floor word with the target below the baseline: a rise out of the band", "每千人口医疗卫生机构床位数（张）", "张", "8", "7.5左右", 8.5, "lagging", "高于目标「7.5左右」，相差 1 张"],
  ["a death rate below the baseline, target above it (a cap the plan allows)", "孕产妇死亡率（1/10万）", "1/10万", "6", "7左右", 5.8, "lagging", "低于目标「7左右」，相差 1.2（1/10万）"],
])("%s: not 倒退", (_why, name, unit, baseline, target, value, status, outside) => {
  const r = evaluateIndicator({ spec: spec(name, unit, baseline, target), year: 2023, actuals: { 2023: num(value) } });
  expect(r.status).toBe(status);
  expect(r.issues.filter((i) => i.code === "approximate_backwards")).toEqual([]);
  // the report neither adds 倒退 nor counts it among 数值待核实
  expect(valueToVerify(r.issues, r.value ?? null)).toBeNull();
  // out of the band, the band and how far off are said instead (§3: 不看升降)
  const band = r.issues.filter((i) => i.code === "approximate_outside");
  expect(band.map((i) => describeIssue(i, "zh").replace(/^.*：/, ""))).toEqual(outside === null ? [] : [`${value} ${outside}`]);
});
