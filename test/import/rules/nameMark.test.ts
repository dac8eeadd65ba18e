import { nameMark } from "../../../src/import/rules/nameMark";
import { draftThrough } from "./harness";

describe("nameMark: a footnote or 约束性 mark after the name is taken off", () => {
  test.each<[string, string, string[], string, string, string | undefined, string[]]>([
    ["* with a note saying 约束性", "单位GDP能耗降低（%）*", ["注：带*的为约束性指标。"], "单位GDP能耗降低（%）", "%", "约束性", ["name-mark"]],
    ["* with a note saying 预期性", "城镇调查失业率（%）*", ["注：带*的为预期性指标，其余为约束性指标。"], "城镇调查失业率（%）", "%", "预期性", ["name-mark"]],
    ["★ with 标★号的为约束性", "森林覆盖率（%）★", ["注：标★号的为约束性指标"], "森林覆盖率（%）", "%", "约束性", ["name-mark"]],
    ["▲ with 标注▲的为约束性 (trial27c)", "用水总量（亿立方米）▲", ["注：标注▲的为约束性指标，其余为预期性指标。"], "用水总量（亿立方米）", "亿立方米", "约束性", ["name-mark"]],
    ["☆ with ★为约束性，☆为预期性", "某某率（%）☆", ["注：★为约束性指标，☆为预期性指标。"], "某某率（%）", "%", "预期性", ["name-mark"]],
    ["* without such a note", "耕地保有量（万亩）*", ["注：价格按2010年不变价计算。"], "耕地保有量（万亩）", "万亩", undefined, ["name-mark"]],
    ["[1] footnote", "学前教育毛入园率（%）[1]", ["注[1]：按常住人口计算。"], "学前教育毛入园率（%）", "%", undefined, ["name-mark"]],
    ["（注1）", "每千人口床位数（张）（注1）", [], "每千人口床位数（张）", "张", undefined, ["name-mark"]],
    ["superscript", "人均预期寿命（岁）¹", [], "人均预期寿命（岁）", "岁", undefined, ["name-mark"]],
    ["① before the unit", "重大慢性病过早死亡率①（%）", ["注：①指30—70岁人群的过早死亡率。"], "重大慢性病过早死亡率（%）", "%", undefined, ["name-mark"]],
    ["① at the end", "县域就诊率①", [], "县域就诊率", "%", undefined, ["name-mark"]],
    ["no mark", "城镇登记失业率（%）", ["注：带*的为约束性指标。"], "城镇登记失业率（%）", "%", undefined, []],
    ["a superscript inside (a web page's <sup>)", "地级及以上城市²空气质量优良天数比率（%）", ["注：2.空气质量评价覆盖全国338个城市。"], "地级及以上城市空气质量优良天数比率（%）", "%", undefined, ["name-mark"]],
    ["a unit's power stays", "人均住房面积（m²）", [], "人均住房面积（m²）", "m²", undefined, []],
    ["a glued number the notes list and name", "重点地区重点行业挥发性有机物5", ["注：1.〔〕内为五年累计数。", "5.在重点地区、重点行业推进挥发性有机物总量控制。"], "重点地区重点行业挥发性有机物", "", undefined, ["name-mark"]],
    ["a glued number whose note names something else", "重点地区总氮6", ["注：6.为2013年数据。"], "重点地区总氮6", "", undefined, []],
    ["a glued number without such a note", "重点地区总氮6", ["注：〔〕内为五年累计数。"], "重点地区总氮6", "", undefined, []],
    // a paste that lost the <sup>: a digit between Chinese characters, a note numbered so naming the words beside it
    ["a number glued mid-name, its note names the words after it", "地级及以上城市2空气质量优良天数比率（%）", ["注：1.〔〕内为五年累计数。", "2.空气质量评价覆盖全国338个城市。"], "地级及以上城市空气质量优良天数比率（%）", "%", undefined, ["name-mark"]],
    ["a number glued mid-name, its note names the words before it", "地表水质量3达到或好于Ⅲ类水体比例（%）", ["注：3.水环境质量评价覆盖全国地表水国控断面。"], "地表水质量达到或好于Ⅲ类水体比例（%）", "%", undefined, ["name-mark"]],
    ["a number glued mid-name, its note names other things: said, kept", "地级及以上城市2空气质量优良天数比率（%）", ["注：2.按新口径统计。"], "地级及以上城市2空气质量优良天数比率（%）", "%", undefined, ["name-digit"]],
    ["a number glued mid-name, no note numbered so: said, kept", "地级及以上城市2空气质量优良天数比率（%）", ["注：〔〕内为五年累计数。"], "地级及以上城市2空气质量优良天数比率（%）", "%", undefined, ["name-digit"]],
    ["a quantity mid-name stays, unsaid", "每千人口拥有3岁以下婴幼儿托位数（个）", ["注：3.拥有托位数按常住人口计算。"], "每千人口拥有3岁以下婴幼儿托位数（个）", "个", undefined, []],
    ["第2 stays, unsaid", "第2产业增加值比重（%）", ["注：2.产业按新口径。"], "第2产业增加值比重（%）", "%", undefined, []],
    ["a name with a unit: a glued number kept", "二氧化硫排放量（万吨）5", ["注：5.二氧化硫排放量按新口径。"], "二氧化硫排放量（万吨）5", "", undefined, []],
    // trial27c t8: a bracketed mark before the unit, its note 注：[1] …; without such a note it stays
    ["[1] before the unit, a note starts with it", "细颗粒物（PM2.5）年均浓度[1]（微克/立方米）", ["注：[1] PM2.5年均浓度按国家考核口径计算。〔〕、[]内为五年累计数。"], "细颗粒物（PM2.5）年均浓度（微克/立方米）", "微克/立方米", undefined, ["name-mark"]],
    ["［2］ inside, 注［2］：", "城市［2］空气质量优良天数比率（%）", ["注［2］：按新标准评价。"], "城市空气质量优良天数比率（%）", "%", undefined, ["name-mark"]],
    ["[1] before the unit, no note starts with it: kept", "细颗粒物（PM2.5）年均浓度[1]（微克/立方米）", ["注：〔〕、[]内为五年累计数。"], "细颗粒物（PM2.5）年均浓度[1]（微克/立方米）", "微克/立方米", undefined, []],
    ["PM2.5 is a name", "细颗粒物PM2.5", ["注：5.细颗粒物PM2.5浓度按年均值。"], "细颗粒物PM2.5", "", undefined, []],
  ])("%s", (_d, name, notes, bare, unit, attribute, codes) => {
    const { draft, codes: got } = draftThrough(nameMark, ["某县“十二五”主要指标", "序号\t指标\t2010年\t2015年", `1\t${name}\t1\t2`, ...notes]);
    expect([draft.name, draft.detected.symbol, draft.add.attribute]).toEqual([bare, unit, attribute]);
    expect(got).toEqual(codes);
  });

  test.each<[string, string, string, string]>([
    ["[1], the note up to its sentence's end (trial27c t8)", "1\t细颗粒物（PM2.5）年均浓度[1]（微克/立方米）\t32\t≤30", "注：[1] PM2.5年均浓度按国家考核口径计算。〔〕、[]内为五年累计数。", "[1] PM2.5年均浓度按国家考核口径计算。"],
    ["[2], up to the next bracketed number", "1\t某某率[2]（%）\t32\t≥30", "注：[1] 甲按新口径 [2] 乙按常住人口计算", "[2] 乙按常住人口计算"],
  ])("the note a bracketed mark points to: %s", (_d, row, note, kept) => {
    const { draft } = draftThrough(nameMark, ["某县“十四五”主要指标", "序号\t指标\t2020年\t2025年", row, note]);
    expect(draft.add.note).toBe(kept);
  });

  test("the footnote a mark points to is kept in the indicator's note", () => {
    const { draft } = draftThrough(nameMark, ["某县“十四五”主要指标", "序号\t指标\t2020年\t2025年", "1\t重大慢性病过早死亡率①（%）\t8.92\t≤8.5", "注：①指30—70岁人群的过早死亡率。"]);
    expect(draft.add.note).toBe("①指30—70岁人群的过早死亡率。");
  });
});
