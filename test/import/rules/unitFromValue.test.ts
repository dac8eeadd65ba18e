import { unitFromValue } from "../../../src/import/rules/unitFromValue";
import { draftThrough } from "./harness";

const HEAD = ["某县“十四五”教育主要指标", "指标\t2020年\t2025年"];

describe("unitFromValue: a unit the values carry", () => {
  test.each<[string, string, string, string[]]>([
    ["the name has none: taken", "1\t劳动年龄人口平均受教育年限\t11.4年\t12.3年以上", "年", ["unit-from-value"]],
    ["the same as the name's: nothing to say", "1\t劳动年龄人口平均受教育年限(年)\t11.4年\t12.3年以上", "年", []],
    ["differs from the name's: said", "1\t城镇新增就业人数(人)\t1.5万人\t2万人", "人", ["unit-differs"]],
    ["% where the name's ending says %: taken", "1\t学前教育毛入园率\t95%\t98%以上", "%", ["unit-from-value"]],
    ["% beside a named %: nothing to say", "1\t学前教育毛入园率(%)\t95%\t98%以上", "%", []],
    ["after a reach verb (稳定在52万亩以上), the same as the name's: nothing to say", "1\t粮食播种面积(万亩)\t52.3\t稳定在52万亩以上", "万亩", []],
    ["after a reach verb, differs from the name's: said", "1\t粮食播种面积(亩)\t52.3\t稳定在52万亩以上", "亩", ["unit-differs"]],
    ["after a reach verb, the name has none: taken", "1\t粮食播种面积\t52.3\t稳定在52万亩以上", "万亩", ["unit-from-value"]],
    ["no unit written", "1\t学前教育毛入园率(%)\t95\t98", "%", []],
  ])("%s", (_d, row, unit, codes) => {
    const { draft, codes: got } = draftThrough(unitFromValue, [...HEAD, row]);
    expect(draft.unit).toBe(unit);
    expect(got).toEqual(codes);
  });
});
