import { unitGroup } from "../../../src/import/rules/unitGroup";

describe("unitGroup: a category cell with a unit and no number over a row's name is an indicator over its parts", () => {
  test.each<[string, string, string, ReturnType<typeof unitGroup>]>([
    ["a unit in brackets, a part without one", "主要污染物排放总量减少（%）", "化学需氧量", { number: "", name: "主要污染物排放总量减少（%）", withUnit: true, written: "主要污染物排放总量减少（%）" }],
    ["half-width brackets, a compound unit", "能源消耗(吨标准煤/万元)", "单位地区生产总值能耗", { number: "", name: "能源消耗(吨标准煤/万元)", withUnit: true, written: "能源消耗(吨标准煤/万元)" }],
    ["a part whose unit is only guessed from its words (率)", "区域性污染物排放总量减少（%）", "达标率", { number: "", name: "区域性污染物排放总量减少（%）", withUnit: true, written: "区域性污染物排放总量减少（%）" }],
    ["a category without a unit", "空气质量", "细颗粒物浓度（微克/立方米）", null],
    ["a category whose unit is only guessed (率)", "城镇化率", "户籍人口城镇化率", null],
    ["the row names its own unit", "能源（万吨标准煤）", "单位GDP能耗（吨/万元）", null],
    ["no words", "（%）", "化学需氧量", null],
  ])("%s", (_d, cell, name, group) => {
    expect(unitGroup(cell, name)).toEqual(group);
  });
});
