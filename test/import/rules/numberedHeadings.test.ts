import { importTable } from "../../../src/import";

/**
 * numberedHeadings: in a table whose rows carry no 序号, a numbered section alone on its line
 * (`1.空气质量`, `2。水环境质量`) heads the rows below it, under the domain on the line above
 * (`生态环境质量`), as the 十三五 生态环境保护规划's 专栏1 is laid out. Where rows carry 序号,
 * such a line is still read as before (a row whose name goes on below).
 */
const HEAD = "“十三五”生态环境保护主要指标\n指标\t2015年\t2020年\t〔累计〕\t属性";
const ROWS = [
  "地级及以上城市空气质量优良天数比率(%)\t76.7\t>80\t-\t约束性",
  "细颗粒物未达标地级及以上城市浓度下降(%)\t-\t-\t〔18〕\t约束性",
];
const WATER = "地表水质量达到或好于Ⅲ类水体比例(%)\t66\t>70\t-\t约束性";

describe("numberedHeadings", () => {
  test.each<[string, string[], Array<[string, string]>]>([
    ["1. and 2. under a domain line", ["生态环境质量", "1.空气质量", ...ROWS, "2.水环境质量", WATER],
      [["生态环境质量·空气质量", "地级及以上城市空气质量优良天数比率(%)"], ["生态环境质量·空气质量", "细颗粒物未达标地级及以上城市浓度下降(%)"], ["生态环境质量·水环境质量", "地表水质量达到或好于Ⅲ类水体比例(%)"]]],
    ["1。 with the full stop", ["生态环境质量", "1。空气质量", ...ROWS, "2。水环境质量", WATER],
      [["生态环境质量·空气质量", "地级及以上城市空气质量优良天数比率(%)"], ["生态环境质量·空气质量", "细颗粒物未达标地级及以上城市浓度下降(%)"], ["生态环境质量·水环境质量", "地表水质量达到或好于Ⅲ类水体比例(%)"]]],
    ["a new domain line starts a new major", ["生态环境质量", "1.空气质量", ROWS[0] ?? "", "污染物排放", "2.水环境质量", WATER],
      [["生态环境质量·空气质量", "地级及以上城市空气质量优良天数比率(%)"], ["污染物排放·水环境质量", "地表水质量达到或好于Ⅲ类水体比例(%)"]]],
    ["no domain line above", ["1.空气质量", ...ROWS],
      [["空气质量", "地级及以上城市空气质量优良天数比率(%)"], ["空气质量", "细颗粒物未达标地级及以上城市浓度下降(%)"]]],
  ])("%s", (_d, lines, rows) => {
    const r = importTable(`${HEAD}\n${lines.join("\n")}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [d.domain, d.name])).toEqual(rows);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(r.unread.filter((u) => u.code === "heading-numbered")).toHaveLength(1);
  });

  test("rows with 序号: `1.空气质量` is not a heading", () => {
    const r = importTable("某表\n序号\t指标\t2015年\t2020年\t属性\n1\t森林覆盖率(%)\t20\t23\t约束性\n2\t地表水达标率(%)\t66\t>70\t约束性\n3.空气质量");
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code)).not.toContain("heading-numbered");
  });
});
