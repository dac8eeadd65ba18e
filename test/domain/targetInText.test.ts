import { targetInText } from "../../src/domain/targetInText";

/**
 * targetInText: the report says a target without the unit its number carries where that is the row's own
 * (trial29a F8: "目标 8%左右" beside "目标 8左右" in one paragraph, the plan cell had `8%左右`); anything else as written.
 */
describe("targetInText", () => {
  test.each<[string, string, string, string]>([
    ["左右 with %", "8%左右", "%", "8左右"],
    ["a full-width ％", "8％左右", "%", "8左右"],
    ["a floor with %", "≥95%", "%", "≥95"],
    ["a cap in words", "控制在5.5%以内", "%", "控制在5.5以内"],
    ["a five-year total", "〔10%〕", "%", "〔10〕"],
    ["a unit of words, the row's", "12.3年以上", "年", "12.3以上"],
    ["万亩, the row's", "稳定在7万亩以上", "万亩", "稳定在7以上"],
    ["no unit typed: as written", "8左右", "%", "8左右"],
    ["another unit than the row's: as written", "1.2亿", "万元", "1.2亿"],
    ["个百分点 on a % row: as written", "提高2个百分点", "%", "提高2个百分点"],
    ["words: as written (提高1岁 is a change)", "提高1岁", "岁", "提高1岁"],
    ["a range the rules do not read: as written", "7.4%—7.5%", "%", "7.4%—7.5%"],
    ["no target", "—", "%", "—"],
  ])("%s: %s (%s) → %s", (_why, target, unit, shown) => {
    expect(targetInText(target, unit)).toBe(shown);
  });
});
