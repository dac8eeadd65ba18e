import { importTable } from "../../../src/import";
import { cellPerLine } from "../../../src/import/rules/cellPerLine";
import type { IndicatorDef } from "../../../src/templates/TemplateSchema";

/**
 * cellPerLine: a table's text copied one cell per line (a web page's cells as paragraphs, or a
 * table's text with ` |` after each cell) is made into rows and read as any paste. Three shapes
 * real pages give: cells ending in ` |`; cells apart by blank lines with headings and 其中 parts;
 * traditional characters with header cells on two lines and a category column.
 */
const PIPES = [
  "“十四五”推进农业农村现代化主要指标", "指标 |", "2020年基期值 |", "2025年目标值 |", "年均增(5年累计) |",
  "粮食综合生产能力(亿吨) |", "— |", ">6.5 |", "— |",
  "农业科技进步贡献率(%) |", "60 |", "64 |", "[4] |",
].join("\n");

const PARAGRAPHS = [
  "某县“十四五”教育事业发展主要指标表", "", "指  标", "", "2020年", "", "2025年", "", "属性", "",
  "一、发展水平", "", "     ", "", "1.学前教育毛入园率(%)", "", "99", "", "99以上", "", "约束性", "",
  "二、优质资源建设", "", "1.义务教育标准班额比例(%)", "", "其中:小学", "", "初中", "", "34.52", "", "77.34", "", "80以上", "", "85以上", "", "预期性", "",
].join("\n");

const TRADITIONAL = [
  "    專欄1 “十三五”農業現代化主要指標", "", "    類別", "", "    指  標", "", "    2015", "    基期值", "", "    2020", "    目標值", "", "    指標屬性", "",
  "    糧食供給保障", "", "    糧食(谷物)綜合生產能力(億噸)", "", "    5", "", "    5.5", "", "    約束性", "",
  "    小麥稻谷自給率(%)", "", "    100", "", "    100", "", "    約束性", "",
].join("\n");

/** The 十三五 生态环境保护规划's 专栏1 from a web page: headings copied as cells, a blank cell as a bare `|`, 76。7. */
const HEADINGS_AND_BLANK = [
  "专栏1“十三五”生态环境保护主要指标 |", "指标 |", "2015年 |", "2020年 |", "〔累计〕1 |", "属性 |",
  "生态环境质量 |", "1。空气质量 |", "地级及以上城市空气质量优良天数比率(%) |", "76。7 |", ">80 |", "- |", "约束性 |",
  "细颗粒物未达标地级及以上城市浓度下降(%) |", "- |", "- |", "〔18〕 |", "约束性 |",
  "2。水环境质量 |", "重要江河湖泊水功能区水质达标率(%) |", "70。8 |", ">80 |", "|", "预期性 |",
].join("\n");

type Row = [string, string, string, string, string, string];
const pick = (d: IndicatorDef): Row =>
  [d.domain, d.name, d.part ?? "", d.baseline, d.target ?? "", d.attribute ?? ""];

describe("a table copied one cell per line", () => {
  test.each<[string, string, [number, number], Row[], string[]]>([
    ["cells ending in ` |`", PIPES, [2020, 2025], [
      ["未分类", "粮食综合生产能力(亿吨)", "", "—", ">6.5", ""],
      ["未分类", "农业科技进步贡献率(%)", "", "60", "64", ""],
    ], ["cell-per-line", "direction-series-up"]],
    ["paragraphs, headings and parts", PARAGRAPHS, [2020, 2025], [
      ["发展水平", "学前教育毛入园率(%)", "", "99", "99以上", "约束性"],
      ["优质资源建设", "义务教育标准班额比例", "小学", "34.52", "80以上", "预期性"],
      ["优质资源建设", "义务教育标准班额比例", "初中", "77.34", "85以上", "预期性"],
    ], ["cell-per-line", "number-glued", "cell-breaks"]],
    ["traditional, header cells on two lines, a category", TRADITIONAL, [2015, 2020], [
      ["粮食供给保障", "粮食(谷物)综合生产能力(亿吨)", "", "5", "5.5", "约束性"],
      ["粮食供给保障", "小麦稻谷自给率(%)", "", "100", "100", "约束性"],
    ], ["traditional", "cell-per-line"]],
    ["headings as cells, a blank cell as `|`", HEADINGS_AND_BLANK, [2015, 2020], [
      ["生态环境质量·空气质量", "地级及以上城市空气质量优良天数比率(%)", "", "76.7", ">80", "约束性"],
      ["生态环境质量·空气质量", "细颗粒物未达标地级及以上城市浓度下降(%)", "", "-", "〔18〕", "约束性"],
      ["生态环境质量·水环境质量", "重要江河湖泊水功能区水质达标率(%)", "", "70.8", ">80", "预期性"],
    ], ["cell-per-line", "heading-numbered", "decimal-stop", "target-from-cumulative"]],
  ])("%s", (_d, text, years, rows, codes) => {
    const r = importTable(text);
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual(years);
    expect(r.template.indicators.map(pick)).toEqual(rows);
    expect([...new Set(r.unread.map((u) => u.code))]).toEqual(codes);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });

  test("the lines reported are those of the paste", () => {
    const r = importTable(PARAGRAPHS);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => [u.code, u.line])).toEqual([["cell-per-line", 3], ["number-glued", 15], ["cell-breaks", 25]]);
  });

  test.each([
    ["a tabbed paste", "指标\t2020年\t2025年\n某某率(%)\t1\t2"],
    ["prose", "“十四五”时期，全县经济社会发展的主要目标是：\n\n地区生产总值年均增长6%左右。\n\n城乡居民收入稳步增长。"],
    ["a header word alone", "指标\n\n说明文字"],
  ])("%s: not read one cell per line", (_d, text) => {
    expect(cellPerLine(text)).toBeNull();
  });
});
