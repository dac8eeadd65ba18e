import { headingLine } from "../../../src/import/rules/headingLine";
import { HEAD, lastLineThrough } from "./harness";

describe("headingLine: a heading row names the domain of the rows below it", () => {
  test.each<[string, string, string, string | null]>([
    ["一、", "一、幼有善育", "taken", "幼有善育"],
    ["（二）", "（二）学有优教", "taken", "学有优教"],
    ["二. with a PDF space", "二．生态 环境", "taken", "生态环境"],
    ["not at the left edge", "\t一、幼有善育", "pass", null],
    ["a sentence", "一、坚持以人民为中心，推进共同富裕", "pass", null],
    ["a row", "2\t乙率(%)\t3\t4\t预期性", "pass", null],
  ])("%s", (_d, line, outcome, domain) => {
    const r = lastLineThrough(headingLine, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", line]);
    expect(r.outcome).toBe(outcome);
    if (domain !== null) {
      expect(r.reading.group?.name).toBe(domain);
      expect(r.reading.lastNumber).toBeNull();
    }
  });
});
