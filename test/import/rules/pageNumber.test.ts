import { pageNumber } from "../../../src/import/rules/pageNumber";
import { HEAD, lastLineThrough } from "./harness";

describe("pageNumber: a PDF's page number between rows is a page break", () => {
  test.each<[string, string, string]>([
    ["- 12 -", "- 12 -", "taken"],
    ["—3—", "—3—", "taken"],
    ["第 3 页 共 9 页", "第 3 页 共 9 页", "taken"],
    ["第3页", "第3页", "taken"],
    ["a row", "2\t乙率(%)\t3\t4\t预期性", "pass"],
    ["words", "第三章 发展目标", "pass"],
  ])("%s", (_d, line, outcome) => {
    const r = lastLineThrough(pageNumber, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", line]);
    expect(r.outcome).toBe(outcome);
    expect(r.reading.pageBreak).toBe(outcome === "taken");
  });
});
