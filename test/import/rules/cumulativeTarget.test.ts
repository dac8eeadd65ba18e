import { cumulativeTarget } from "../../../src/import/rules/cumulativeTarget";
import { draftThrough } from "./harness";

const HEAD = ["某市“十三五”主要指标", "指标\t2015年\t2020年\t〔累计〕\t属性"];

describe("cumulativeTarget: the 累计 column's total is the target when the target cell is empty", () => {
  test.each<[string, string, string, string, string[]]>([
    ["empty target, bare total", "1\t浓度下降(%)\t-\t-\t18\t约束性", "〔18〕", "18", ["target-from-cumulative"]],
    ["empty target, bracketed total", "1\t浓度下降(%)\t-\t\t〔18〕\t约束性", "〔18〕", "〔18〕", ["target-from-cumulative"]],
    ["a target and a total", "1\t浓度下降(%)\t-\t15\t〔18〕\t约束性", "15", "〔18〕", ["target-and-cumulative"]],
    ["no total", "1\t浓度下降(%)\t-\t15\t-\t约束性", "15", "-", []],
  ])("%s", (_d, row, target, cumulative, codes) => {
    const { draft, codes: got } = draftThrough(cumulativeTarget, [...HEAD, row]);
    expect([draft.target, draft.cumulative]).toEqual([target, cumulative]);
    expect(got).toEqual(codes);
  });

  test("a table without a 累计 column: the target column", () => {
    const { draft, codes } = draftThrough(cumulativeTarget, ["某市“十四五”主要指标", "指标\t2020年\t2025年", "1\t甲率(%)\t1\t≥2"]);
    expect([draft.target, draft.cumulative, codes]).toEqual(["≥2", "", []]);
  });
});
