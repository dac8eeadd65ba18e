import { repeatedHeader } from "../../../src/import/rules/repeatedHeader";
import { HEAD, lastLineThrough } from "./harness";

describe("repeatedHeader: the same header after a page break is skipped; another table's ends the table", () => {
  test.each<[string, string, string | { skipTo: number }, string[]]>([
    ["same columns", "序号\t指标\t2020年\t2025年\t属性", { skipTo: 3 }, []],
    ["another table", "序号\t指标\t2022年\t2023年\t2024年\t2025年", "end", ["other-table"]],
    ["a row", "2\t乙率(%)\t3\t4\t预期性", "pass", []],
  ])("%s", (_d, line, outcome, codes) => {
    const r = lastLineThrough(repeatedHeader, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", line]);
    expect(r.outcome).toEqual(outcome);
    expect(r.codes).toEqual(codes);
  });
});
