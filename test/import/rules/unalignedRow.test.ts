import { unalignedRow } from "../../../src/import/rules/unalignedRow";
import { lastLineThrough } from "./harness";

describe("unalignedRow: a spaced row that could not be lined up is passed over (said once, when the lines were split)", () => {
  test.each<[string, string, string]>([
    ["not lined up", "2 乙 率（%） — 全面 提高 预期性", "taken"],
    ["lined up", "2 乙率（%） — 全面提高 预期性", "pass"],
  ])("%s", (_d, row, outcome) => {
    const r = lastLineThrough(unalignedRow, ["某县“十四五”主要指标", "序号 指标 2020年 2025年 属性", "1 甲率（%） 1 2 约束性", row]);
    expect(r.outcome).toBe(outcome);
    expect(r.codes).toEqual([]);
  });
});
