import { otherKindTable } from "../../../src/import/rules/otherKindTable";
import { HEAD, lastLineThrough } from "./harness";

describe("otherKindTable: a project or reform table's header ends the indicator table", () => {
  test.each<[string, string, string, string[]]>([
    ["projects", "序号\t项目名称\t建设内容\t总投资（亿元）", "end", ["project-table"]],
    ["reforms", "序号\t改革名称\t改革任务\t牵头单位", "end", ["project-table"]],
    ["one project word only", "序号\t项目名称\t2025年", "pass", []],
    ["a row", "2\t乙率(%)\t3\t4\t预期性", "pass", []],
  ])("%s", (_d, line, outcome, codes) => {
    const r = lastLineThrough(otherKindTable, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", line]);
    expect(r.outcome).toBe(outcome);
    expect(r.codes).toEqual(codes);
  });
});
