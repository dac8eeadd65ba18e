import { headingLine } from "../../../src/import/rules/headingLine";
import { HEAD, lastLineThrough } from "./harness";

describe("headingLine: a heading row names the domain of the rows below it", () => {
  test.each<[string, string, string, string | null]>([
    ["一、", "一、幼有善育", "taken", "幼有善育"],
    ["（二）", "（二）学有优教", "taken", "学有优教"],
    ["二. with a PDF space", "二．生态 环境", "taken", "生态环境"],
    // trial27c: `（空） | 一、水资源节约集约利用`, `一 | 水资源节约集约利用`
    ["in the name column", "\t一、幼有善育", "taken", "幼有善育"],
    ["its numeral in the 序号 column", "一\t水资源节约集约利用", "taken", "水资源节约集约利用"],
    ["its numeral in the 序号 column, blank cells after", "二\t防洪减灾\t\t\t", "taken", "防洪减灾"],
    ["（一） in the 序号 column", "（一）\t产业发展", "taken", "产业发展"],
    ["第一部分", "第一部分 经济发展", "taken", "经济发展"],
    ["a heading with a value after it", "一、幼有善育\t约束性", "pass", null],
    ["a numeral and two cells", "一\t经济\t5", "pass", null],
    ["a digit 序号 with a name", "2\t乙率(%)", "pass", null],
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
