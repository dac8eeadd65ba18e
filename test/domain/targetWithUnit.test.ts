import { targetWithUnit } from "../../src/domain/targetWithUnit";

/**
 * targetWithUnit: a sentence that sets a value against its target gives both with the unit (trial36 tp F4:
 * "预计 2030 年 105%，目标 ≤95" on a % index row); a target typed with or without it reads alike.
 */
describe("targetWithUnit", () => {
  test.each<[string, string, string, string]>([
    ["a cap with no unit typed", "≤95", "%", "≤95%"],
    ["a floor typed with %", "≥95%", "%", "≥95%"],
    ["左右 typed without %", "8左右", "%", "8%左右"],
    ["左右 typed with a full-width ％", "8％左右", "%", "8%左右"],
    ["a word unit: after a space, as the value's", "3600左右", "公里", "3600 公里左右"],
    ["a five-year total: inside its brackets, as plans type it", "〔18〕", "%", "〔18%〕"],
    ["a total typed with % inside: as typed", "〔10%〕", "%", "〔10%〕"],
    ["a total of a word unit", "[5]", "万人", "[5 万人]"],
    ["the row's word unit typed", "12.3年以上", "年", "12.3 年以上"],
    ["a symbol unit", "≤0.9", "‰", "≤0.9‰"],
    ["a unit beginning with a digit: bracketed", "≤8", "1/10万", "≤8（1/10万）"],
    ["a remark after the target keeps its year", "95（2025年）", "%", "95%（2025年）"],
    ["another unit than the row's: as written", "1.2亿", "万元", "1.2亿"],
    ["个百分点 on a % row: as written", "提高2个百分点", "%", "提高2个百分点"],
    ["words: as written", "提高1岁", "岁", "提高1岁"],
    ["a range with its units: as written", "7.4%—7.5%", "%", "7.4%—7.5%"],
    ["no target", "—", "%", "—"],
    ["a ratio has no unit", "≥3", "比", "≥3"],
    // trial40a: 「目标 ≤ 0.3%」 beside 「目标 ≤22 微克/立方米」: a target reads one way, the spaces after its operator gone
    ["a space after the operator", "≤ 0.3", "%", "≤0.3%"],
    ["a full-width space after >", "＞\u300096", "%", "＞96%"],
    ["a space after ≥, the row's unit typed", "≥ 90%", "%", "≥90%"],
    ["a space after < on a word unit", "< 35", "微克/立方米", "<35 微克/立方米"],
  ])("%s: %s (%s) → %s", (_why, target, unit, shown) => {
    expect(targetWithUnit(target, unit)).toBe(shown);
  });
});
