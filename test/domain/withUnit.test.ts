import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import { withUnit } from "../../src/domain/evaluationText";
import { flagFacts } from "../../src/ui/shared/flagFacts";

// the report writes a value with its unit once, whether the value came as a number or as typed
test.each<[string, string, string, string]>([
  ["a number and its unit", "95", "%", "95%"],
  ["a value shown as typed, with its % already (95% typed into a % row)", "95%", "%", "95%"],
  ["a count: a word unit after a space, as paces and every number beside Chinese", "5.2", "万人", "5.2 万人"],
  ["a value already carrying 万人", "5.2万人", "万人", "5.2万人"],
  ["a ratio has none", "2.1", "比", "2.1"],
  ["nothing entered", "", "%", ""],
  ["no unit", "12", "", "12"],
  // text typed in the cell is quoted as typed: the unit, or a piece of it, may be in it already
  ["12万 typed in a 万人次 row", "12万", "万人次", "12万"],
  ["约3.2 typed in a % row", "约3.2", "%", "约3.2"],
  ["a negative number", "-0.5", "%", "-0.5%"],
  ["thousands separators", "12,420", "元", "12,420 元"],
  ["a per mille sign is joined, as %", "1.5", "‰", "1.5‰"],
])("%s", (_d, value, unit, shown) => {
  expect(withUnit(value, unit)).toBe(shown);
});

/**
 * One spacing between a number and its unit wherever it is read (unitAfterNumber): a trial's report
 * wrote 预计 2025 年 55亿元 and 需年均提高 11 亿元 in one sentence, and the pane 2.81 万人 beside the
 * report's 2.81万人. A word unit after a space, a symbol or a bracketed unit joined. The pane now names the unit in the
 * value's label instead (填报值（万人）：2.81), so it never glues a unit onto a value (trial32p).
 */
describe("a number and its unit read alike in the report's value, its pace and the pane", () => {
  test.each<[string, string, string]>([
    ["亿元", "55 亿元", "提高 11 亿元"],
    ["人/亿元", "55 人/亿元", "提高 11 人/亿元"],
    ["万人次", "55 万人次", "提高 11 万人次"],
    ["1/10万", "55（1/10万）", "提高 11（1/10万）"],
    ["%", "55%", "提高 11 个百分点"],
  ])("%s: %s, %s", (unit, value, pace) => {
    expect(withUnit("55", unit)).toBe(value);
    expect(EVALUATION_WORDS.zh.paceValue(11, unit, false, String)).toBe(pace);
    // the pane shows the value as typed and names the unit in its label (trial32p: 6500 read 6500% in a % row)
    expect(flagFacts({ value: "55", unit, kind: "indicator", target: "", expected: null, progress: null, status: "met" }, "zh")[0]).toBe(`填报值（${unit}）：55`);
  });
});
