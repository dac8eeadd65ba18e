import { statisticsLabels } from "../../../src/import/rules/statisticsTable";
import { importTable } from "../../../src/import";

/** statisticsLabels: a 统计公报's header (a year's figures and their growth over the year before) is told from a plan's. */
describe("statisticsLabels", () => {
  test.each<[string, string[], string, string[] | null]>([
    ["a year and its growth", ["指标", "单位", "2024年", "比上年增长（%）"], "2024年全县主要经济指标", ["2024年", "比上年增长(%)"]],
    ["绝对数 with its unit", ["指标", "绝对数(亿元)", "比上年增长%"], "", ["绝对数(亿元)", "比上年增长%"]],
    ["同比 and 年末", ["指标名称", "2024年末", "同比增长"], "", ["2024年末", "同比增长"]],
    ["a yearly plan's title names its plan: not a bulletin", ["指标", "2024年", "比上年增长（%）"], "2024年国民经济和社会发展计划主要指标", null],
    ["a target column: not a bulletin", ["指标", "2024年目标", "比上年增长（%）"], "", null],
    ["an attribute column: not a bulletin", ["指标", "2024年", "比上年增长（%）", "属性"], "", null],
    ["no growth column: not a bulletin (a plan's bare year, no-years says so)", ["指标", "单位", "2025年"], "", null],
    ["a five-year plan's years: not a bulletin", ["指标", "2020年", "2025年", "年均增长"], "", null],
    ["no name label", ["产品", "2024年", "比上年增长%"], "", null],
    ["two consecutive years and 比上年增长", ["指标", "单位", "2023年", "2024年", "比上年增长（%）"], "", ["2023年", "2024年", "比上年增长(%)"]],
    ["two years, the later first", ["指标", "2024年", "2023年", "同比增长%"], "", ["2024年", "2023年", "同比增长%"]],
    ["two consecutive years and a bare 增长%: not a bulletin (a yearly plan's table may be so)", ["指标", "2024年", "2025年", "增长%"], "", null],
    ["two years five apart: not a bulletin", ["指标", "2020年", "2025年", "比上年增长%"], "", null],
    ["three years: not a bulletin", ["指标", "2023年", "2024年", "2025年", "比上年增长%"], "", null],
    ["the title's period", ["指标", "2025年", "增长%"], "“十四五”主要指标", null],
  ])("%s", (_d, cells, title, labels) => {
    expect(statisticsLabels(cells, title)).toEqual(labels);
  });
});

describe("a 统计公报's table is refused as one, tabbed or spaced; a plan's table is read as before", () => {
  const BULLETIN = ["表1  2024年全县主要经济指标", "指标\t单位\t2024年\t比上年增长（%）", "地区生产总值\t亿元\t456.7\t6.1", "规模以上工业增加值\t亿元\t150.2\t8.3"];
  const spaced = (ls: string[]): string[] => ls.map((l) => l.replace(/\t/g, "    "));
  test.each<[string, string[], number]>([
    // on main: no-years (请用 --baseline-year …, which would load 2024's actual figures as its targets)
    ["tabbed, a year's column", BULLETIN, 2],
    ["spaced, 指  标 justified", spaced(BULLETIN).map((l) => l.replace(/^指标/, "指    标")), 2],
    // on main: no-header (绝对数 is no column a plan's header has)
    ["spaced, 绝对数", ["指    标        绝对数（万吨）    比上年增长%", "粮食总产量        20.3    1.2", "油  料    1.6    -2.5"], 1],
    // on main: read, 2024's actual figures loaded as targets over 2023's as baselines
    ["two years and 比上年增长", ["表1  2024年全县主要经济指标", "指标\t单位\t2023年\t2024年\t比上年增长（%）", "地区生产总值\t亿元\t430.5\t456.7\t6.1"], 2],
    // on main: years-order (基期年份 2024 不早于目标年份 2023)
    ["two years, the later first", ["表1  2024年全县主要经济指标", "指标\t单位\t2024年\t2023年\t比上年增长（%）", "地区生产总值\t亿元\t456.7\t430.5\t6.1"], 2],
  ])("%s", (_d, lines, line) => {
    const r = importTable(lines.join("\n"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("statistics-table");
    expect(r.params).toEqual(expect.objectContaining({ line }));
    expect(r.message).toMatch(new RegExp(`^第 ${line} 行的表头在指标名称之后只有.*这像是统计公报的表（一年的实际数），其中没有目标.*没有载入任何内容。$`));
    expect(r.message).not.toMatch(/\n/);
    expect(r.messageEn).toMatch(new RegExp(`^After the indicator's name, the header on line ${line} has only .*statistical bulletin's table`));
  });

  test.each<[string, string[], { baselineYear?: number }, [number, number]]>([
    ["a yearly plan's title names the plan", ["2024年全县国民经济和社会发展计划主要指标", ...BULLETIN.slice(1)], {}, [2023, 2024]],
    ["the baseline year given", BULLETIN, { baselineYear: 2023 }, [2023, 2024]],
  ])("%s: read", (_d, lines, years, expected) => {
    const r = importTable(lines.join("\n"), years);
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual(expected);
    expect(r.template.indicators.map((i) => i.name)).toEqual(["地区生产总值", "规模以上工业增加值"]);
  });
});
