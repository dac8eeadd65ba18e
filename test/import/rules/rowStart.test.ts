import { alignRight, findNumber } from "../../../src/import/rules/rowStart";
import { readingOf } from "./harness";

describe("rowStart: where a row starts", () => {
  test.each<[string, string[], { number: string; name: string; at: number; nameAt: number } | null]>([
    ["number and name", ["", "6", "持证残疾人就业率(%)", "1", "2"], { number: "6", name: "持证残疾人就业率(%)", at: 1, nameAt: 2 }],
    ["a domain before the number", ["幼儿照护服务", "1", "托位数(个)", "2.02", "4.5"], { number: "1", name: "托位数(个)", at: 1, nameAt: 2 }],
    // a trial's 第1类 and 领域0 lost every row of the domain as 没有序号
    ["a domain with a digit inside", ["第1类", "1", "甲指标(个)", "1", "2"], { number: "1", name: "甲指标(个)", at: 1, nameAt: 2 }],
    ["a domain ending in a digit", ["领域0", "2", "乙指标(个)", "1", "2"], { number: "2", name: "乙指标(个)", at: 1, nameAt: 2 }],
    ["a value before a number: not a row", ["35万人", "2", "乙指标(个)", "1"], null],
    ["a year before a number: not a row", ["2025年", "2", "乙指标(个)", "1"], null],
    // trial34: the end of a name a PDF copy wrapped, then its unit and values: 1.1 is its baseline, not a 序号 under a domain
    ["a unit before a number: not a row", ["死亡率", "人/10万人", "1.1", "下降20%", "约束性"], null],
    ["a count unit before a number: not a row", ["比例", "人", "3", "≥5", "约束性"], null],
    ["a domain that is no unit still stands before the number", ["人口发展", "3", "常住人口(万人)", "1", "2"], { number: "3", name: "常住人口(万人)", at: 1, nameAt: 2 }],
    ["glued", ["1.学前教育毛入园率(%)", "95", "98"], { number: "1", name: "学前教育毛入园率(%)", at: 0, nameAt: 0 }],
    ["glued in brackets", ["（2）床位数（张）", "5", "6"], { number: "2", name: "床位数（张）", at: 0, nameAt: 0 }],
    ["a number and an attribute: not a row", ["3", "预期性"], null],
    ["values only", ["", "1", "2"], null],
    // Latin abbreviations are names as plans write them; a unit word or a value is not
    ["a Latin name: GDP", ["2", "GDP", "亿元", "1500", "2000"], { number: "2", name: "GDP", at: 0, nameAt: 1 }],
    ["a Latin name with digits: PM2.5", ["3", "PM2.5", "微克/立方米", "25", "≤22"], { number: "3", name: "PM2.5", at: 0, nameAt: 1 }],
    ["a Latin name glued to its number", ["4.CPI", "2", "3"], { number: "4", name: "CPI", at: 0, nameAt: 0 }],
    ["a unit word after the number: not a name", ["5", "km", "12", "15"], null],
    ["a value after the number: not a name", ["6", "≤22", "25"], null],
  ])("%s", (_name, cells, expected) => {
    const r = findNumber(cells);
    expect(r === null ? null : { number: r.number, name: r.name, at: r.at, nameAt: r.nameAt }).toEqual(expected);
  });

  test.each<[string, string[], { name: string; domain: string[]; number: string } | null]>([
    ["two categories, the second numbered", ["生态环境质量", "1.空气质量", "细颗粒物浓度(微克/立方米)", "35", "30", "约束性"], { name: "细颗粒物浓度(微克/立方米)", domain: ["生态环境质量", "空气质量"], number: "" }],
    ["blank categories", ["", "", "优良天数比率(%)", "85", "90", "约束性"], { name: "优良天数比率(%)", domain: ["", ""], number: "" }],
    ["not the header's layout", ["", "优良天数比率(%)", "85", "90", "约束性"], null],
    ["a number where a category should be", ["3", "5", "优良天数比率(%)", "85", "90", "约束性"], null],
    ["a Latin name", ["生态环境", "", "AQI", "85", "90", "约束性"], { name: "AQI", domain: ["生态环境", ""], number: "" }],
  ])("alignRight: %s", (_name, cells, expected) => {
    const r = alignRight(cells, 3, 2);
    expect(r === null ? null : { name: r.name, domain: r.domain, number: r.number }).toEqual(expected);
  });
});

/**
 * TableReading.numberOf: with no 序号 column, a number right of the name column followed only by words is
 * the row's baseline and its target in words, not a 序号 over a heading (trial27c: `42以上` read as a name,
 * the next row joined onto it as `42以上地区生产总值`).
 */
describe("numberOf: a baseline before a target in words is no 序号", () => {
  const HEAD3 = ["某县“十四五”主要指标", "指标\t2020年\t2025年"];
  const HEAD4 = ["某县2024年计划主要指标", "指标\t单位\t2023年预计完成\t增长%\t2024年计划\t增长%"];
  test.each<[string, string[], string, string | null]>([
    ["42以上", HEAD3, "粮食产量（万吨）\t42.1\t42以上", null],
    ["63左右", HEAD3, "常住人口城镇化率（%）\t58.3\t63左右", null],
    ["持续改善", HEAD3, "空气质量（%）\t85\t持续改善", null],
    ["42万吨以上 after a unit and a blank cell", HEAD4, "粮食产量\t万吨\t42.1\t\t42万吨以上", null],
    ["完成市下达任务", HEAD4, "单位地区生产总值能耗降低\t%\t3\t\t完成市下达任务", null],
    ["a 序号 after a domain cell, values after the name", ["某县“十四五”主要指标", "指标\t单位\t2020年\t2025年"], "经济发展\t1\t地区生产总值\t亿元\t1\t2", "1"],
  ])("%s", (_d, head, line, number) => {
    const reading = readingOf([...head, line]);
    expect(reading.numberOf(reading.grid[reading.grid.length - 1] ?? [])?.number ?? null).toBe(number);
  });
});
