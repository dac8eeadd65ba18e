import { readFileSync } from "fs";
import path from "path";
import { importTable } from "../../src/import";

/** trial31c (test/fixtures/tables/trial31c/README.md): shapes of real documents the other fixtures lack. */
const DIR = path.join(__dirname, "../fixtures/tables/trial31c");
const read = (f: string): string => readFileSync(path.join(DIR, f), "utf8");

describe("trial31c: a 政府工作报告's numbered list of targets is refused as a list, not as a table without its header", () => {
  test.each<[string, RegExp, RegExp]>([
    // was no-header (points without a stop)
    ["county-work-report-targets-list-2025.txt", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”），不是表格/, /^The paste is a list of targets written as sentences \(such as “地区生产总值增长6%左右”\), not a table/],
    // on main: prose, said 成段的文字 quoting 1、國內生產總值增長6.5%左右 with its number
    ["work-report-targets-list-2018.txt", /^粘贴的内容是逐条列出的目标（如“國內生產總值增長6.5%左右”），不是表格/, /^The paste is a list of targets written as sentences \(such as “國內生產總值增長6.5%左右”\)/],
  ])("%s", (file, zh, en) => {
    const r = importTable(read(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("prose");
    expect(r.params).toEqual(expect.objectContaining({ list: true }));
    expect(r.message).toMatch(zh);
    expect(r.messageEn).toMatch(en);
  });
});

describe("trial31c: a spaced table whose short names a Word table justified (工    业, 服  务  业) is read with those names whole", () => {
  // on main: 工 the name and 业 a sub-indicator (工：业), 床 likewise (its unit 张 misplaced)
  test("the names joined and said, the one-character unit 张 kept as the unit", () => {
    const r = importTable(read("justified-names-county-2021-2025.txt"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.name, i.unit, i.baseline, i.target, i.attribute])).toEqual([
      ["地区生产总值", "亿元", "300", "450", "预期性"],
      ["工业", "亿元", "120", "180", "预期性"],
      ["农业", "亿元", "30", "36", "预期性"],
      ["服务业", "亿元", "150", "234", "预期性"],
      ["床位", "张", "1200", "1500", "预期性"],
      ["森林覆盖率", "%", "60.2", "≥61", "约束性"],
    ]);
    expect(r.unread.map((u) => [u.line, u.code])).toEqual([[3, "direction-series-up"], [4, "name-justified"], [5, "name-justified"], [6, "name-justified"], [7, "name-justified"]]);
  });
});

describe("trial31c: a 统计公报's table pasted without tabs is refused as one (no target in it), not asked for its baseline year", () => {
  test.each<[string, number, string[], number | null]>([
    // on main: no-years (请用 --baseline-year …, which then loaded 2024's actual figures as the plan's targets)
    ["statistics-bulletin-county-2024-spaced.txt", 3, ["2024年", "比上年增长(%)"], 2024],
    // on main: no-header
    ["statistics-bulletin-absolute-spaced.txt", 2, ["绝对数(万吨)", "比上年增长%"], null],
  ])("%s", (file, line, labels, year) => {
    const r = importTable(read(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.code, r.params]).toEqual(["statistics-table", { line, labels, year }]);
    expect(r.message).toMatch(new RegExp(`^第 ${line} 行的表头在指标名称之后只有.*这像是统计公报的表`));
    expect(r.messageEn).toMatch(/this looks like a statistical bulletin's table \(统计公报, a year's actual figures\), which holds no targets/);
  });
});

describe("trial31c: a yearly plan's targets table whose target column names no year takes the year its title names", () => {
  // on main: no-years (表头中没有基期年份和目标年份……标题中也没有“十四五”之类的规划期), though the title says 2023年…预期目标
  test("yearly-targets-two-columns-2023.txt: 2023's targets, the baseline year 2022, said", () => {
    const r = importTable(read("yearly-targets-two-columns-2023.txt"));
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2022, 2023]);
    expect(r.template.indicators.map((i) => [i.name, i.baseline, i.target])[0]).toEqual(["生产总值增长", "", "6%左右"]);
    expect(r.template.indicators).toHaveLength(9);
    const said = r.unread.find((u) => u.code === "yearly-plan");
    expect(said?.params).toEqual({ baselineYear: 2022, targetYear: 2023, targetFromTitle: true, baselineLabel: "" });
    expect(said?.reason).toMatch(/^表头中没有年份（目标列没有写年份），标题写的是 2023 年一年的计划：目标年份取 2023，基期年份取上一年 2022/);
    expect(said?.reasonEn).toMatch(/^the header has no year \(its target column names none\), and the title names the plan of one year, 2023/);
  });

  test.each<[string, string, string | [number, number]]>([
    ["目标 under a 预期目标 title", "2025年全县主要预期目标\n序号\t指标\t单位\t目标\t属性\n1\t地区生产总值增速\t%\t6左右\t预期性", [2024, 2025]],
    ["计划 in the title", "某县2025年国民经济和社会发展计划主要指标\n指标\t计划目标\n地区生产总值增长（%）\t6左右", [2024, 2025]],
    // no plan's word in the title, or two years: which year is the target's cannot be told
    ["a title without a plan's word: no-years as before", "2025年全县主要指标\n指标\t目标\n地区生产总值增长（%）\t6左右", "no-years"],
    ["a title of two years: no-years as before", "2024年执行情况和2025年预期目标\n指标\t目标\n地区生产总值增长（%）\t6左右", "no-years"],
    ["a five-year plan's title: its period", "某县“十四五”规划主要指标\n指标\t基期值\t目标值\n地区生产总值（亿元）\t300\t450", [2020, 2025]],
  ])("%s", (_d, text, expected) => {
    const r = importTable(text);
    if (typeof expected === "string") {
      expect(r.ok ? "read" : r.code).toBe(expected);
      return;
    }
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual(expected);
  });
});

describe("trial31c: the 十五五 纲要's table shape (2025年 | 2030年 | 年均/累计)", () => {
  test("words targets, a yearly average and a 〔累计〕 read from the 年均/累计 column, said", () => {
    const r = importTable(read("national-outline-2026-2030-excerpt.txt"));
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2025, 2030]);
    expect(r.template.indicators.map((i) => [i.domain, i.baseline, i.target, i.attribute])).toEqual([
      ["经济发展", "5", "保持在合理区间", "预期性"],
      ["经济发展", "5.2", "高于国内生产总值增长", "预期性"],
      ["创新驱动", "8.3", ">7", "预期性"],
      ["创新驱动", "10", "12.5", "预期性"],
      ["民生福祉", "11.3", "11.7", "约束性"],
      ["民生福祉", "79", "80", "预期性"],
      ["民生福祉", "65", "73", "预期性"],
      ["绿色低碳", "—", "〔17〕", "约束性"],
      ["安全保障", "—", ">7", "约束性"],
    ]);
    expect(r.unread.filter((u) => u.effect === "not-loaded")).toEqual([]);
  });
});

describe("trial31c: a 统计公报's two years and 比上年增长 are not read as a plan", () => {
  // on main: read, 2024's actual figures (456.7 …) loaded as targets
  test("statistics-bulletin-two-years-2024.txt", () => {
    const r = importTable(read("statistics-bulletin-two-years-2024.txt"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.code, r.params]).toEqual(["statistics-table", { line: 2, labels: ["2023年", "2024年", "比上年增长(%)"], year: 2024 }]);
    expect(r.message).toMatch(/即上年与本年的数和比上年的增长/);
    expect(r.messageEn).toMatch(/two years' figures and their growth over the year before/);
  });
});
