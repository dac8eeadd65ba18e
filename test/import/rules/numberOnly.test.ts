import { numberOnly } from "../../../src/import/rules/numberOnly";
import { HEAD, lastLineThrough } from "./harness";

describe("numberOnly: a line with only a 序号 is said and not loaded", () => {
  test.each<[string, string, string, string[]]>([
    ["bare 3", "3", "taken", ["number-only"]],
    ["3.", "\t3.", "taken", ["number-only"]],
    ["（3）", "（3）", "taken", ["number-only"]],
    ["a number with a name", "3\t丙率(%)", "pass", []],
    ["a page number", "- 12 -", "pass", []],
  ])("%s", (_d, line, outcome, codes) => {
    const r = lastLineThrough(numberOnly, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", line]);
    expect(r.outcome).toBe(outcome);
    expect(r.codes).toEqual(codes);
  });
});
