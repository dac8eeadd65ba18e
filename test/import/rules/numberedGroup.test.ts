import { numberedGroup } from "../../../src/import/rules/numberedGroup";

describe("numberedGroup: a numbered sub-group cell, read by whether its name has a unit", () => {
  test.each<[string, string, ReturnType<typeof numberedGroup>]>([
    ["no unit: a category", "1.空气质量", { number: "1", name: "空气质量", withUnit: false, written: "1.空气质量" }],
    ["a name whose ending suggests a unit is still a category", "4.生态状况", { number: "4", name: "生态状况", withUnit: false, written: "4.生态状况" }],
    ["ends in 率 without a bracket: a category", "2.达标率", { number: "2", name: "达标率", withUnit: false, written: "2.达标率" }],
    ["a unit in brackets: an indicator with parts", "5.主要污染物排放总量减少（%）", { number: "5", name: "主要污染物排放总量减少（%）", withUnit: true, written: "5.主要污染物排放总量减少（%）" }],
    ["half-width brackets", "6、区域性污染物排放总量减少(%)", { number: "6", name: "区域性污染物排放总量减少(%)", withUnit: true, written: "6、区域性污染物排放总量减少(%)" }],
    ["an amount unit", "（3）新增造林面积（万亩）", { number: "3", name: "新增造林面积（万亩）", withUnit: true, written: "（3）新增造林面积（万亩）" }],
    ["a web copy's 。 for the dot (trial28c)", "1。空气质量", { number: "1", name: "空气质量", withUnit: false, written: "1。空气质量" }],
    ["not numbered", "空气质量", null],
    ["a value", "12", null],
  ])("%s: %s", (_d, cell, expected) => {
    expect(numberedGroup(cell)).toEqual(expected);
  });
});
