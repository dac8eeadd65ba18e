import { noteColumn } from "../../../src/import/rules/noteColumn";
import { draftThrough } from "./harness";

describe("noteColumn: the 备注 column is the note, before a 累计 note", () => {
  test.each<[string, string[], string | undefined]>([
    ["备注", ["指标\t2020年\t2025年\t备注", "1\t甲率(%)\t1\t2\t按常住人口计"], "按常住人口计"],
    ["说明 and a 累计 note", ["指标\t2015年\t2020年\t〔累计〕\t说明", "1\t浓度下降(%)\t-\t15\t〔18〕\t省下达"], "省下达；累计：〔18〕"],
    ["empty", ["指标\t备注\t2020年\t2025年", "1\t甲率(%)\t\t1\t2"], undefined],
  ])("%s", (_d, lines, note) => {
    expect(draftThrough(noteColumn, ["某市“十三五”主要指标", ...lines]).draft.add.note).toBe(note);
  });
});
