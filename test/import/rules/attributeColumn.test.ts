import { attributeColumn } from "../../../src/import/rules/attributeColumn";
import { draftThrough } from "./harness";

describe("attributeColumn: 约束性 / 预期性 from the 属性 column", () => {
  test.each<[string, string, string | undefined]>([
    ["约束性", "约束性", "约束性"],
    ["预期性", "预期性", "预期性"],
    ["约束 (short)", "约束", "约束性"],
    ["another word", "考核", undefined],
  ])("%s", (_d, cell, attribute) => {
    const { draft } = draftThrough(attributeColumn, ["某县“十四五”主要指标", "指标\t2020年\t2025年\t属性", `1\t甲率(%)\t1\t2\t${cell}`]);
    expect(draft.add.attribute).toBe(attribute);
  });

  test("an empty 属性 cell (not last): none", () => {
    const { draft } = draftThrough(attributeColumn, ["某县“十四五”主要指标", "指标\t属性\t2020年\t2025年", "1\t甲率(%)\t\t1\t2"]);
    expect(draft.add.attribute).toBeUndefined();
  });
});
