import { readListPeriod } from "../../../src/import/lists/listPeriod";
import { readListInvestment } from "../../../src/import/lists/listInvestment";
import { listGroup } from "../../../src/import/lists/listGroup";

describe("readListPeriod: 建设起止年限 in the template's one form", () => {
  test.each<[string, string, boolean, boolean]>([
    ["2023-2024", "2023-2024", false, false],
    ["2023—2025", "2023-2025", true, false],
    ["2023～2025", "2023-2025", true, false],
    ["2023年-2025年", "2023-2025", true, false],
    ["2024年", "2024", true, false],
    ["2024", "2024", false, false],
    ["2021-2025年", "2021-2025", true, false],
    ["2021 - 2025", "2021-2025", true, false],
    ["2021至2025年", "2021-2025", true, false],
    ["2024年底", "2024年底", false, true],
    ["待定", "待定", false, true],
    ["", "", false, true],
    ["2025-2023", "2025-2023", false, true],
  ])("%s → %s", (written, period, respelt, unreadable) => {
    const p = readListPeriod(written);
    expect([p.period, p.respelt, p.unreadable]).toEqual([period, respelt, unreadable]);
    expect(p.months).toBe(false);
  });

  // list24 item 4: months after the years are dropped (said as such), not left for check to refuse
  test.each<[string, string]>([
    ["2023.6-2025.12", "2023-2025"],
    ["2023.03-2026.06", "2023-2026"],
    ["2023年6月-2025年12月", "2023-2025"],
    ["2023年6月至2025年12月", "2023-2025"],
    ["2024.3-2024.12", "2024"],
    ["2023/6—2025/6", "2023-2025"],
    ["2023.6-2025年", "2023-2025"],
  ])("%s → %s (months dropped)", (written, period) => {
    const p = readListPeriod(written);
    expect([p.period, p.months, p.respelt, p.unreadable]).toEqual([period, true, false, false]);
  });
});

describe("readListInvestment: 总投资 in 亿元, the template's unit", () => {
  test.each<[string, "亿元" | "万元" | null, string, boolean, boolean, boolean]>([
    ["1.35", "亿元", "1.35", false, false, false],
    ["156000", "万元", "15.6", true, false, false],
    ["8600", "万元", "0.86", true, false, false],
    ["3", "万元", "0.0003", true, false, false],
    ["约52000", "万元", "5.2", true, true, false],
    ["约49.07", null, "49.07", false, true, false],
    ["49.07左右", "亿元", "49.07", false, true, false],
    ["12000万元", null, "1.2", true, false, false],
    ["1.5亿元", "万元", "1.5", false, false, false],
    ["１５６０００", "万元", "15.6", true, false, false],
    ["156,000", "万元", "15.6", true, false, false],
    ["/", "万元", "/", false, false, false],
    ["—", "亿元", "—", false, false, false],
    ["", "亿元", "", false, false, false],
    ["15.6（含征地）", "亿元", "15.6（含征地）", false, false, true],
  ])("%s (%s) → %s", (written, unit, investment, fromWan, approximate, words) => {
    const v = readListInvestment(written, unit);
    expect([v.investment, v.fromWan, v.approximate, v.words]).toEqual([investment, fromWan, approximate, words]);
  });
});

describe("listGroup: the category a group line names", () => {
  test.each<[string, string | null]>([
    ["一、教育", "教育"],
    ["（一）产业项目", "产业项目"],
    ["(2)民生", "民生"],
    ["1.基础设施类", "基础设施类"],
    ["1、社会事业", "社会事业"],
    ["二、产业项目（12项）", "产业项目"],
    ["三、重大平台（共5个）", "重大平台"],
    ["1.2", null],
    ["12", null],
    ["教育", null],
    ["一、", null],
    ["第一部分 产业项目", "产业项目"],
    ["第二部分：民生项目", "民生项目"],
  ])("%s → %s", (cell, name) => {
    expect(listGroup(cell)).toBe(name);
  });

  // an indicator table's heading rows (rules/headingLine): a digit's numbering starts a row there
  test.each<[string, string | null]>([
    ["一、水资源节约集约利用", "水资源节约集约利用"],
    ["（二）防洪减灾", "防洪减灾"],
    ["第三部分 农村供水保障", "农村供水保障"],
    ["四 水生态保护", "水生态保护"],
    ["1.基础设施类", null],
    ["(2)民生", null],
    ["十四五规划", null],
  ])("chinese numbering only: %s → %s", (cell, name) => {
    expect(listGroup(cell, "chinese")).toBe(name);
  });
});
