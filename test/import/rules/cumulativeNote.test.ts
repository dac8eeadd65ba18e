import { cumulativeNote } from "../../../src/import/rules/cumulativeNote";
import { draftThrough } from "./harness";

const HEAD = ["某市“十三五”主要指标", "指标\t2015年\t2020年\t〔累计〕\t属性"];

describe("cumulativeNote: a 累计 value beside a target is kept in the note", () => {
  test.each<[string, string, string | undefined]>([
    ["beside a target", "1\t浓度下降(%)\t-\t15\t〔18〕\t约束性", "累计：〔18〕"],
    ["read as the target", "1\t浓度下降(%)\t-\t\t18\t约束性", undefined],
    ["none", "1\t浓度下降(%)\t-\t15\t\t约束性", undefined],
    ["a dash", "1\t浓度下降(%)\t-\t15\t—\t约束性", undefined],
    ["a slash", "1\t浓度下降(%)\t-\t15\t/\t约束性", undefined],
  ])("%s", (_d, row, note) => {
    expect(draftThrough(cumulativeNote, [...HEAD, row]).draft.add.note).toBe(note);
  });
});
