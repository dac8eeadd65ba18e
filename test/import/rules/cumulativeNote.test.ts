import { cumulativeNote } from "../../../src/import/rules/cumulativeNote";
import { importTable } from "../../../src/import";
import { draftThrough } from "./harness";

const HEAD = ["某市“十三五”主要指标", "指标\t2015年\t2020年\t〔累计〕\t属性"];

describe("cumulativeNote: a 累计 value beside a target is kept in the note", () => {
  test.each<[string, string, string | undefined]>([
    ["beside a target", "1\t浓度下降(%)\t-\t15\t〔18〕\t约束性", "累计：〔18〕"],
    ["read as the target", "1\t浓度下降(%)\t-\t\t18\t约束性", undefined],
    ["none", "1\t浓度下降(%)\t-\t15\t\t约束性", undefined],
    ["a dash", "1\t浓度下降(%)\t-\t15\t—\t约束性", undefined],
    ["a slash", "1\t浓度下降(%)\t-\t15\t/\t约束性", undefined],
    // the target's text holds the total's (60 holds 6, ≤15 holds 5): was left without the note its line promised
    ["a total the target's text holds", "1\t森林覆盖率(%)\t54\t60\t6\t约束性", "累计：6"],
    ["a total the ceiling target holds", "1\t浓度下降(%)\t-\t≤15\t5\t约束性", "累计：5"],
  ])("%s", (_d, row, note) => {
    expect(draftThrough(cumulativeNote, [...HEAD, row]).draft.add.note).toBe(note);
  });
});

// trial27c t4: a bare 7左右 in a 年均增长〔累计〕 column is a yearly average, noted and said as one (was 累计：7左右)
describe("cumulativeNote: a 年均/累计 column's bare value is noted as a yearly average", () => {
  const HEAD5 = ["临江区“十四五”主要指标", "序号\t指标\t单位\t2020年\t2025年\t年均增长〔累计〕"];
  test.each<[string, string, string]>([
    ["a bare value: 年均", "1\t地区生产总值\t亿元\t812.5\t1150\t7左右", "年均增长：7左右"],
    ["an operator: 年均", "4\t规模以上工业增加值\t亿元\t215\t300以上\t＞7", "年均增长：＞7"],
    ["in 〔〕: 累计", "3\t常住人口城镇化率\t%\t68.2\t72\t〔3.8〕", "累计：〔3.8〕"],
  ])("%s", (_d, row, note) => {
    expect(draftThrough(cumulativeNote, [...HEAD5, row]).draft.add.note).toBe(note);
  });

  test.each<[string, RegExp]>([
    ["1\t地区生产总值\t亿元\t812.5\t1150\t7左右", /与“年均增长”的年均目标“7左右”（没有〔〕，是每年的平均数，不是五年累计）都有数值/],
    // 〔3.8〕 would be the change (72 − 68.2), kept without a line (trial39a F1)
    ["3\t常住人口城镇化率\t%\t68.2\t72\t〔4〕", /与累计列“〔4〕”不一致/],
  ])("the line: %s", (row, text) => {
    const r = importTable([...HEAD5, row].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.find((u) => u.code === "target-and-cumulative")?.reason).toMatch(text);
  });
});
