import { importTable } from "../../../src/import";

// trL: a row whose numbers alone tell its direction, read down, was said only by check, on every return each year
describe("seriesDirection: a direction only the numbers tell, read down, is said at import", () => {
  const HEAD = "某市“十四五”规划主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性\n";
  test.each<[string, string, number]>([
    ["target below the baseline, no word", "1\t粮食播种规模\t万亩\t120\t110\t约束性", 1],
    ["target above the baseline", "1\t粮食播种规模\t万亩\t100\t110\t约束性", 0],
    ["an operator tells it", "1\t粮食播种规模\t万亩\t120\t≥110\t约束性", 0],
    ["no word in 用水量: said", "1\t万元GDP用水量\t立方米\t40\t35\t约束性", 1],
    ["a name word tells it (浓度: down)", "1\tPM2.5平均浓度\t微克/立方米\t40\t35\t约束性", 0],
    ["a 左右 target: judged by distance", "1\t地下水质量极差比例\t%\t15.74\t15.5左右\t预期性", 0],
    ["a name word tells it (保有量: up, so keep)", "1\t耕地保有量\t万亩\t255\t250\t约束性", 0],
    ["equal: keep", "1\t粮食播种规模\t万亩\t120\t120\t约束性", 0],
    ["no baseline", "1\t粮食播种规模\t万亩\t—\t110\t约束性", 0],
    ["a words target", "1\t粮食播种规模\t万亩\t120\t稳定\t约束性", 0],
  ])("%s", (_d, row, said) => {
    const r = importTable(HEAD + row);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "direction-from-series")).toHaveLength(said);
  });
});
