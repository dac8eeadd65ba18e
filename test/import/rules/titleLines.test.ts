import { joinTitleLines } from "../../../src/import/rules/titleLines";

describe("titleLines: a title broken by the layout", () => {
  test.each<[string, Array<[number, string]>, { title: string; lines: number[] } | null]>([
    ["broken inside 十四五", [[1, "五\"残疾人事业发展主要指标"], [0, "某市\"十四"]], { title: "某市\"十四五\"残疾人事业发展主要指标", lines: [0, 1] }],
    ["broken in three", [[2, "五”规划主要指标"], [1, "三"], [0, "某县“十"]], { title: "某县“十三五”规划主要指标", lines: [0, 1, 2] }],
    ["a whole title is not joined", [[3, "某市“十四五”主要指标"], [2, "附件"]], { title: "某市“十四五”主要指标", lines: [3] }],
    ["no period anywhere: the nearest line", [[5, "主要指标"], [4, "前言结束。"]], { title: "主要指标", lines: [5] }],
    ["prose above is not joined", [[5, "主要指标"], [4, "本规划期为2021—2025年。"]], { title: "主要指标", lines: [5] }],
    ["nothing above", [], null],
  ])("%s", (_name, candidates, expected) => {
    expect(joinTitleLines(candidates)).toEqual(expected);
  });
});
