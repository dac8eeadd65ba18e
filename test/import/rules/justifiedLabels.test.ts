import { justifiedLabels } from "../../../src/import/rules/justifiedLabels";

describe("justifiedLabels: a header's labels spread out by spaces are joined", () => {
  test.each<[string, string, string]>([
    ["two labels side by side", "序号  指  标  单  位  2020年  2025年  属  性", "序号  指标  单位  2020年  2025年  属性"],
    ["a four-character label", "指  标  名  称  2020年  2025年", "指标名称  2020年  2025年"],
    ["a 统计公报's header (庐江县 2024)", "指  标 2024年 比上年增长", "指标 2024年 比上年增长"],
    ["ideographic spaces", "指\u3000标\u30002020年", "指标\u30002020年"],
    ["a character no label takes stays", "序号  甲  乙  2020年", "序号  甲  乙  2020年"],
    ["labels not spread: as it is", "序号  指标  2020年  2025年", "序号  指标  2020年  2025年"],
  ])("%s", (_d, line, joined) => {
    expect(justifiedLabels(line)).toBe(joined);
  });
});
