import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import type { ValueToVerify } from "../../src/domain/valueToVerify";

// a trial's report read "其中 1 项数值待核实：人均预期寿命" right after 未能评估 N 项: it read as part of
// that group and gave no reason. The list now follows all the counts and says why for each
describe("the report's values to verify name why", () => {
  const far = (side: "above" | "below", factor: number): ValueToVerify => ({ code: "far_from_plan", factor, side });
  test.each<[string, ValueToVerify, string, string]>([
    ["a fall past the baseline", { code: "approximate_backwards", factor: null, side: "below", baseline: 78.5 }, "人均预期寿命（倒退：低于基期值 78.5）", "人均预期寿命 (moving backwards: below the baseline 78.5)"],
    // trial36 N5: in check's words, with the target it moved further from (check: 倒退：57.9 低于基期值 58.3，离目标「63左右」更远)
    ["a fall past the baseline, with its target", { code: "approximate_backwards", factor: null, side: "below", baseline: 58.3, target: "63左右" }, "人均预期寿命（倒退：低于基期值 58.3，离目标「63左右」更远）", "人均预期寿命 (moving backwards: below the baseline 58.3, further from the target \"63左右\")"],
    // trial36 N5: a far value check reads as a slip says the value it offers, as check does (是否应为 23.5？)
    ["far below, a slip check reads", { ...far("below", 9.1), meant: 23.5 }, "人均预期寿命（约为规划数值的 1/9，是否应为 23.5？）", "人均预期寿命 (about 1/9 of the plan's numbers; did you mean 23.5?)"],
    ["a unit slip", { code: "scale_suspect", factor: null, side: "above" }, "人均预期寿命（疑似单位填错）", "人均预期寿命 (perhaps in a smaller unit)"],
    ["far above", far("above", 12.5), "人均预期寿命（约为规划数值的 12.5 倍）", "人均预期寿命 (about 12.5× the plan's numbers)"],
    ["far below", far("below", 8.6), "人均预期寿命（约为规划数值的 1/9）", "人均预期寿命 (about 1/9 of the plan's numbers)"],
    ["a running total", { code: "running_total", factor: null, side: "above", basis: 30, copied: false }, "人均预期寿命（疑似填了累计数）", "人均预期寿命 (perhaps a running total)"],
  ])("%s", (_, v, zh, en) => {
    expect(EVALUATION_WORDS.zh.verifyName("人均预期寿命", v)).toBe(zh);
    expect(EVALUATION_WORDS.en.verifyName("人均预期寿命", v)).toBe(en);
    expect(EVALUATION_WORDS.zh.toVerify([zh])).toBe(`以上各项中，有 1 项数值待核实：${zh}。`);
  });
});
