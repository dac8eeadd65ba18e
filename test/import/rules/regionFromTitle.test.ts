import { regionFromTitle } from "../../../src/import/rules/regionFromTitle";

describe("regionFromTitle: the region a title names", () => {
  test.each<[string, string]>([
    ["舟山市“十四五”规划主要指标", "舟山市"],
    ["淳安县“十四五”教育事业发展主要指标", "淳安县"],
    ["某县“十四五”主要指标", ""],
    ["浙江省国民经济和社会发展第十四个五年规划", "浙江省"],
    ["某某自治州“十三五”卫生主要指标", "某某自治州"],
    ["普陀区“十四五”民政事业发展主要指标", "普陀区"],
    ["生态保护区主要指标", ""],
    ["“十四五”主要指标", ""],
  ])("%s → %s", (title, region) => {
    expect(regionFromTitle(title)).toBe(region);
  });
});
