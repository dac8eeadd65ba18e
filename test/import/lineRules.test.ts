import { LINE_RULES } from "../../src/import/lineRules";
import { noNumber } from "../../src/import/rules/noNumber";
import { noteLine } from "../../src/import/rules/noteLine";
import { numberedRow } from "../../src/import/rules/numberedRow";
import { headingLine } from "../../src/import/rules/headingLine";
import { repeatedHeader } from "../../src/import/rules/repeatedHeader";
import { blankLine } from "../../src/import/rules/blankLine";
import { brokenName } from "../../src/import/rules/brokenName";
import { strayLine } from "../../src/import/rules/strayLine";
import type { LineRule } from "../../src/import/LineRule";

/** The order of the line rules matters where two could read the same line; these pairs say which wins and why. */
describe("LINE_RULES: the order the loop asks the rules in", () => {
  const at = (r: LineRule): number => LINE_RULES.indexOf(r);
  test("each rule once, noNumber (which takes any line) last", () => {
    expect(new Set(LINE_RULES).size).toBe(LINE_RULES.length);
    expect(LINE_RULES[LINE_RULES.length - 1]).toBe(noNumber);
  });
  test.each<[string, LineRule, LineRule]>([
    ["a blank line is a page break before anything reads it", blankLine, noteLine],
    ["`注1.…` is a note, not row 1", noteLine, numberedRow],
    ["`一、…` is a heading, not a name", headingLine, numberedRow],
    ["a repeated header is not a row", repeatedHeader, numberedRow],
    ["a row with a 序号 is never the rest of a name", numberedRow, brokenName],
    ["the rest of a name is not a stray line", brokenName, strayLine],
  ])("%s", (_d, first, then) => {
    expect(at(first)).toBeGreaterThanOrEqual(0);
    expect(at(first)).toBeLessThan(at(then));
  });
});
