import { unitNote } from "../../../src/import/rules/unitNote";

/** list24 item 1: the unit note a plan prints between its title and its header, and what is no such note. */
describe("unitNote: a table's unit line", () => {
  test.each<[string, string | null]>([
    ["单位：万元", "万元"],
    ["金额单位：万元", "万元"],
    ["（单位：亿元）", "亿元"],
    ["单位:万元、%", "万元、%"],
    ["计量单位： 万元", "万元"],
    ["责任单位：县发改局", null],
    ["填报单位：某某县", null],
    ["龙游县2024年重大建设项目计划表", null],
    ["单位", null],
  ])("%s → %s", (cell, unit) => {
    expect(unitNote(cell)).toBe(unit);
  });
});
