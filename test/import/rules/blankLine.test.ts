import { blankLine } from "../../../src/import/rules/blankLine";
import { HEAD, lastLineThrough } from "./harness";

describe("blankLine: a blank line is a page break", () => {
  test.each<[string, string, string, boolean]>([
    ["empty line", "", "taken", true],
    ["only tabs", "\t\t\t", "taken", true],
    ["a row", "2\t乙率(%)\t3\t4\t预期性", "pass", false],
  ])("%s", (_d, line, outcome, pageBreak) => {
    const r = lastLineThrough(blankLine, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", line]);
    expect(r.outcome).toBe(outcome);
    expect(r.reading.pageBreak).toBe(pageBreak);
    expect(r.codes).toEqual([]);
  });
});
