import { num, str, type CellValue } from "../../src/domain/CellValue";
import { withJumpOverrides } from "../../src/domain/CheckRules";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { explainWarnings } from "../../src/domain/explainWarnings";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import type { Issue } from "../../src/domain/Issue";
import { JUMP_LIMITS, type JumpLimit } from "../../src/domain/tolerances";
import { valueJump } from "../../src/domain/valueJump";

const SHARE30: JumpLimit = { by: "share", limit: 30 };
const POINTS10: JumpLimit = { by: "points", limit: 10 };

describe("valueJump: the change against the limit", () => {
  test.each<[string, number, number, JumpLimit, number | null]>([
    ["+30% exactly is within ±30%", 100, 130, SHARE30, null],
    ["+30.1% is a jump", 100, 130.1, SHARE30, 30.1],
    ["−30% exactly is within", 100, 70, SHARE30, null],
    ["−31% is a jump", 100, 69, SHARE30, -31],
    ["a negative earlier value is measured on its size", -10, -14, SHARE30, -40],
    ["an earlier 0 cannot be measured in percent", 0, 5, SHARE30, null],
    ["10 points exactly is within ±10 points", 80, 90, POINTS10, null],
    ["10.5 points up is a jump", 80, 90.5, POINTS10, 10.5],
    ["11 points down is a jump", 95, 84, POINTS10, -11],
    ["points: an earlier 0 is measured", 0, 12, POINTS10, 12],
    ["float noise at the limit is no jump (0.1 + 0.2 style)", 0.7, 0.7 * 1.3, SHARE30, null],
  ])("%s", (_why, earlier, value, limit, change) => {
    const r = valueJump(earlier, value, limit);
    if (change === null) expect(r).toBeNull();
    else expect(r?.change).toBeCloseTo(change, 6);
  });
});

describe("§8a in the engine: this year against last year's cell, per unit class", () => {
  const spec = (name: string, unit: string, baseline = "100", target = "≥200"): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });
  const jumps = (s: IndicatorSpec, actuals: Record<string, CellValue>, rules = JUMP_LIMITS): Issue[] =>
    evaluateIndicator({ spec: s, year: 2023, actuals, jumps: rules }).issues.filter((i) => i.code === "value_jump");
  test.each<[string, IndicatorSpec, Record<string, CellValue>, number | null]>([
    ["count +40%: a jump", spec("养老床位数(张)", "张"), { 2022: num(1000), 2023: num(1400) }, 40],
    ["count +25%: none", spec("养老床位数(张)", "张"), { 2022: num(1000), 2023: num(1250) }, null],
    ["amount −50%: a jump", spec("社会消费品零售总额(亿元)", "亿元"), { 2022: num(120), 2023: num(60) }, -50],
    ["% +12 points: a jump", spec("参保率(%)", "%", "80", "≥95"), { 2022: num(80), 2023: num(92) }, 12],
    ["% +9 points: none (though +11%)", spec("参保率(%)", "%", "80", "≥95"), { 2022: num(80), 2023: num(89) }, null],
    ["‰ +15 points: a jump", spec("死亡率(‰)", "‰", "8", "≤6"), { 2022: num(5), 2023: num(20) }, 15],
    ["last year empty: nothing to compare", spec("养老床位数(张)", "张"), { 2023: num(5000) }, null],
    ["last year text: not compared (it is its own error)", spec("养老床位数(张)", "张"), { 2022: str("一千"), 2023: num(5000) }, null],
    ["first year after the baseline: the plan's baseline is not compared", spec("养老床位数(张)", "张", "100"), { 2021: num(500) }, null],
    ["this year invalid: not compared", spec("养老床位数(张)", "张"), { 2022: num(1000), 2023: num(-5) }, null],
  ])("%s", (_why, s, actuals, change) => {
    const y = Math.max(...Object.keys(actuals).map(Number));
    const found = evaluateIndicator({ spec: s, year: y, actuals }).issues.filter((i) => i.code === "value_jump");
    if (change === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]?.severity).toBe("warning");
      expect(Number(found[0]?.params?.["change"])).toBeCloseTo(change, 1);
    }
  });

  test.each<[string, JumpLimit, number, boolean]>([
    ["a rules file at ±50% keeps +40% quiet", { by: "share", limit: 50 }, 1400, false],
    ["a rules file at ±10% flags +15%", { by: "share", limit: 10 }, 1150, true],
    ["a rules file by points (±100) for a count", { by: "points", limit: 100 }, 1150, true],
  ])("%s", (_why, limit, value, flagged) => {
    const s = spec("养老床位数(张)", "张");
    const found = jumps(s, { 2022: num(1000), 2023: num(value) }, withJumpOverrides({ count: limit }).jumps);
    expect(found.length > 0).toBe(flagged);
  });
});

describe("改正或说明: a 说明 keeps the warning, noted", () => {
  const jump: Issue = { code: "value_jump", severity: "warning", cell: "K5", received: "1400", params: { year: 2022, previous: 1000, change: 40, limit: 30, by: "share" } };
  const error: Issue = { code: "negative", severity: "error", received: "-1" };
  test.each<[string, string, boolean, string, string]>([
    ["no 说明: asks to correct or explain", "", false, "比 2022 年（1000）增加 40%，超过 ±30%：请改正，或在说明中写明原因", "up 40% since 2022 (1000), beyond ±30%: correct it, or explain it in 说明"],
    ["a blank 说明 is no 说明", "  ", false, "请改正", "correct it"],
    ["a 说明: noted", "新建两家养老院", true, "比 2022 年（1000）增加 40%，超过 ±30%（已说明）", "up 40% since 2022 (1000), beyond ±30% (explained)"],
  ])("%s", (_why, note, noted, zh, en) => {
    const [out] = explainWarnings([jump], note);
    expect(out?.severity).toBe("warning");
    expect(Boolean(out?.params?.["noted"])).toBe(noted);
    if (!out) throw new Error("lost");
    expect(describeIssue(out, "zh")).toContain(zh);
    expect(describeIssue(out, "en")).toContain(en);
  });
  test("an error is never kept by a 说明", () => {
    expect(explainWarnings([error], "说明")).toEqual([error]);
  });
  test.each<[Issue["code"], string]>([
    ["value_revised", "上年报送为 1000"],
    ["above_city", "高于全市合计 900"],
  ])("%s has a zh and an en message", (code, zh) => {
    const i: Issue = { code, severity: "warning", received: "1200", params: { year: 2022, previous: 1000, city: 900 } };
    expect(describeIssue(i, "zh")).toContain(zh);
    expect(describeIssue(i, "en")).not.toBe("");
    expect(describeIssue(i, "en")).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });
});

// trial X: 74.92 → 84.95 (10.03 points) was said "增加 10 个百分点，超过 ±10 个百分点", a warning the filer would dispute
// (§8a: a change exactly at the limit is no jump). The change shown never rounds onto the limit it is said to exceed.
describe("the change shown stays beyond the limit", () => {
  const pct = (): IndicatorSpec => ({ name: "学前教育毛入园率(%)", unit: "%", baseline: "70", target: "≥90", baselineYear: 2020, targetYear: 2025 });
  const count = (): IndicatorSpec => ({ name: "养老床位数(张)", unit: "张", baseline: "100", target: "≥200", baselineYear: 2020, targetYear: 2025 });
  test.each<[string, IndicatorSpec, number, number, string, string]>([
    ["10.03 points up: two decimals", pct(), 74.92, 84.95, "增加 10.03 个百分点，超过 ±10 个百分点", "up 10.03 percentage points"],
    ["10.03 points down: two decimals", pct(), 84.95, 74.92, "减少 10.03 个百分点，超过 ±10 个百分点", "down 10.03 percentage points"],
    ["10.004 points: three decimals", pct(), 80, 90.004, "增加 10.004 个百分点", "up 10.004 percentage points"],
    ["10.00001 points: beyond the extra decimals, its own digits", pct(), 80, 90.00001, "增加 10.00001 个百分点", "up 10.00001 percentage points"],
    ["10.5 points: one decimal as before", pct(), 80, 90.5, "增加 10.5 个百分点", "up 10.5 percentage points"],
    ["30.04%: two decimals", count(), 1000, 1300.4, "增加 30.04%，超过 ±30%", "up 30.04% since 2022"],
    ["40%: as before", count(), 1000, 1400, "增加 40%，超过 ±30%", "up 40% since 2022"],
  ])("%s", (_why, s, last, value, zh, en) => {
    const [jump] = evaluateIndicator({ spec: s, year: 2023, actuals: { 2022: num(last), 2023: num(value) } }).issues.filter((i) => i.code === "value_jump");
    if (!jump) throw new Error("no jump");
    expect(describeIssue(jump, "zh")).toContain(zh);
    expect(describeIssue(jump, "en")).toContain(en);
  });
});

// s46: a ‰ row's jump of 12 was said "增加 12 个百分点，超过 ±10 个百分点", as though it were a % row's; a change in points is
// said in the row's own unit (differenceInUnit, the one home the report's paces and the 左右 distance use too)
describe("a jump in points is said in the row's own unit", () => {
  const row = (name: string, unit: string, baseline: string, target: string): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });
  test.each<[string, IndicatorSpec, number, number, JumpLimit | null, string, string]>([
    ["‰: 个千分点, the limit too", row("婴儿死亡率", "‰", "5.0", "<20"), 5, 17, null, "比 2022 年（5）增加 12 个千分点，超过 ±10 个千分点", "up 12 per-mille points since 2022 (5), beyond ±10 per-mille points"],
    ["‰ down", row("人口自然增长率", "‰", "8", "≤20"), 19, 4.5, null, "减少 14.5 个千分点，超过 ±10 个千分点", "down 14.5 per-mille points"],
    ["%: 个百分点 as before", row("学前教育毛入园率", "%", "70", "≥90"), 70, 85, null, "增加 15 个百分点，超过 ±10 个百分点", "up 15 percentage points since 2022 (70), beyond ±10 percentage points"],
    ["a count's rules-file points: its own unit", row("养老床位数", "张", "100", "≥200"), 100, 180, { by: "points", limit: 50 }, "增加 80 张，超过 ±50 张", "up 80 张 since 2022 (100), beyond ±50 张"],
  ])("%s", (_why, s, last, value, limit, zh, en) => {
    const jumps = limit === null ? JUMP_LIMITS : { ...JUMP_LIMITS, count: limit };
    const [jump] = evaluateIndicator({ spec: s, year: 2023, actuals: { 2022: num(last), 2023: num(value) }, jumps }).issues.filter((i) => i.code === "value_jump");
    if (!jump) throw new Error("no jump");
    expect(describeIssue(jump, "zh")).toContain(zh);
    expect(describeIssue(jump, "en")).toContain(en);
  });
});

// trial47b F6: 重污染天数 (天) 2 → 1 → 2 was told 减少 50% and then 增加 100%…请改正, 较大及以上突发环境事件 (件) 1 → 0 减少 100%…请改正:
// true counts told to be corrected. On a row of things counted in ones a change of fewer than JUMP_COUNT_FLOOR (5) is never a
// jump (jumpFloor, §8a our reading); a digit slipped in a count moves it 9 or more, and other units keep their share.
describe("a count of days or events: a change of a few is no jump", () => {
  const row = (name: string, unit: string, baseline: string, target: string): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });
  const days = row("设区城市重污染天数", "天", "3", "≤1");
  const events = row("较大及以上突发环境事件", "件", "1", "0");
  test.each<[string, IndicatorSpec, number, number, string | null]>([
    ["the trial: 2 → 1 天", days, 2, 1, null],
    ["the trial: 1 → 2 天", days, 1, 2, null],
    ["the trial: 1 → 0 件", events, 1, 0, null],
    ["4 → 8 天 (+4): chance", days, 4, 8, null],
    ["3 → 8 天 (+5): asked", days, 3, 8, "比 2022 年（3）增加 166.7%，超过 ±30%：请改正，或在说明中写明原因"],
    ["a digit doubled, 2 → 20 天: asked", days, 2, 20, "比 2022 年（2）增加 900%，超过 ±30%"],
    ["a count class unit (起): 2 → 1 no jump", row("较大及以上生产安全事故起数", "起", "3", "≤2"), 2, 1, null],
    ["a count class unit (个) at scale: 100 → 140 asked", row("新建养老机构数", "个", "50", "≥200"), 100, 140, "比 2022 年（100）增加 40%"],
    ["per-capita 张 is a ratio, not a count: 6 → 4 (−33.3%) asked", row("每千人口医疗卫生机构床位数", "张", "6", "≥7"), 6, 4, "比 2022 年（6）减少 33.3%"],
    ["an amount keeps its share: 2 → 1 亿元 asked", row("生态环境保护财政投入", "亿元", "2", "≥3"), 2, 1, "比 2022 年（2）减少 50%"],
    ["a scaled count (万件) is an amount: 2 → 1 asked", row("快递业务量", "万件", "2", "≥3"), 2, 1, "比 2022 年（2）减少 50%"],
  ])("%s", (_why, s, last, value, said) => {
    const jumps = evaluateIndicator({ spec: s, year: 2023, actuals: { 2022: num(last), 2023: num(value) } }).issues.filter((i) => i.code === "value_jump");
    if (said === null) expect(jumps).toEqual([]);
    else expect(jumps.map((i) => describeIssue(i, "zh"))).toEqual([expect.stringContaining(said)]);
  });

  test.each<[string, number, number, number | null, number | null]>([
    ["a floor of 5: a change of 4 is none", 2, 6, 5, null],
    ["a floor of 5: a change of 5 is measured (+250%)", 2, 7, 5, 250],
    ["a floor of 5: float noise at 5 is 5", 0.1, 5.1, 5, 5000],
    ["no floor: 2 → 1 is −50%", 2, 1, null, -50],
  ])("valueJump: %s", (_why, earlier, value, floor, change) => {
    const r = valueJump(earlier, value, SHARE30, floor);
    if (change === null) expect(r).toBeNull();
    else expect(r?.change).toBeCloseTo(change, 6);
  });
});
