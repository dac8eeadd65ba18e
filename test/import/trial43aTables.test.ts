import { importTable } from "../../src/import";
import { alignSpannedRows } from "../../src/import/rules/spannedRows";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";
import { importedFixture } from "./importedFixture";

/**
 * trial43a: real plan tables the seeds lacked. F1: a browser's copy of 专栏1 “十三五”生态环境保护主要指标 whose header has a
 * blank cell after 指标 (指标 over 小类 | 名称) loaded 9 of 20 rows, the others told to add a 序号 the table has no column for.
 */
const imported = importedFixture("trial43a");
const key = (d: IndicatorDef): string => [d.domain ?? "", d.name, d.unit, d.baseline ?? "", d.target ?? "", d.attribute ?? ""].join("|");

describe("trial43a F1: a header with a blank cell after 指标 over rows of several widths is read as the one without it", () => {
  test.each<[string, number]>([
    ["eco-header-blank.txt", 1],
    ["eco-header-one.txt", 0],
  ])("%s: 20 rows, as the header without the blank reads them", async (file, blanks) => {
    const r = await imported(file);
    const one = await imported("eco-header-one.txt");
    expect(r.template.indicators.map(key)).toEqual(one.template.indicators.map(key));
    expect(r.template.indicators).toHaveLength(20);
    expect(r.stats.rowsNotLoaded).toBe(0);
    const said = r.unread.find((u) => u.code === "spanned-rows");
    expect(said?.params).toMatchObject({ headerBlanks: blanks, categories: 2 });
    if (blanks > 0) {
      expect(said?.reason).toContain("表头“指标”后的 1 个空格不是单独的列");
      expect(said?.reasonEn).toContain("the 1 blank cell after the header's 指标 taken as no column of its own");
    }
  });

  const HEADER = "指标\t\t2015年\t2020年\t〔累计〕\t属性";
  test.each<[string, string[], string[] | null]>([
    ["a blank after 指标, rows without their merged cells", [HEADER, "生态环境质量\t1。空气质量\t甲率(%)\t76。7\t>80\t-\t约束性", "乙率(%)\t-\t-\t〔18〕\t约束性"],
      ["指标|||2015年|2020年|〔累计〕|属性", "生态环境质量|1。空气质量|甲率(%)|76。7|>80|-|约束性", "||乙率(%)|-|-|〔18〕|约束性"]],
    ["a blank after 指标 every row fills out (an Excel copy): left as it is", [HEADER, "1。空气质量\t甲率(%)\t76。7\t>80\t-\t约束性", "\t乙率(%)\t-\t-\t〔18〕\t约束性"], null],
    ["a blank after 指标, a row only one trailing blank short: left as it is", [HEADER, "1。空气质量\t甲率(%)\t76。7\t>80\t-\t约束性", "\t乙率(%)\t-\t-\t〔18〕"], null],
  ])("%s", (_d, lines, expected) => {
    const r = alignSpannedRows(lines.map((l) => l.split("\t")), 0);
    expect(r === null ? null : r.grid.map((c) => c.join("|"))).toEqual(expected);
  });
});

describe("trial43a F1: a row without a 序号 that cannot be placed says what the header has and what the row has", () => {
  const TITLE = "某县“十四五”主要指标\n";
  test.each<[string, string, string, string]>([
    ["no 序号 column, the row a cell short", "指标\t2020年\t2025年\t属性\n1.甲率(%)\t1\t2\t约束性\n乙率(%)\t3\t预期性",
      "表格没有序号列，其他行在名称前写有序号，这一行没有，且只有 3 格（表头有 4 格）", "it has 3 cells where the header has 4"],
    ["no 序号 column, the row as wide as the header", "指标\t2020年\t2025年\t属性\n1.甲率(%)\t1\t2\t约束性\n乙率(%)\t3\t4\t预期性",
      "表格没有序号列，其他行在名称前写有序号，这一行没有，无法确定", "the table has no No. column and the other rows write theirs before the name, this one has none: cannot tell"],
    ["a 序号 column: as before", "序号\t指标\t2020年\t2025年\t属性\n1\t甲率(%)\t1\t2\t约束性\n\t乙率(%)\t3\t4\t预期性",
      "没有序号，无法确定是一项独立的指标还是上一项指标的分项：如是上一项的分项，请在名称前加“其中：”；如是一项独立的指标，请填上序号", "no number (No.): cannot tell"],
  ])("%s", (_d, table, zh, en) => {
    const r = importTable(TITLE + table);
    if (!r.ok) throw new Error(r.message);
    const u = r.unread.find((x) => x.code === "no-number");
    expect(u?.line).toBe(4);
    expect(u?.reason).toContain(zh);
    expect(u?.reasonEn).toContain(en);
  });
});

describe("trial43a F2: a yearly plan's 执行情况 (and like words) before its target is the baseline", () => {
  const TITLE = "2024年国民经济和社会发展计划主要指标";
  const ROW = "国内生产总值增长\t%\t5.2\t5左右";
  test.each<[string, string, number]>([
    ["2023年执行情况", "2024年预期目标", 2023],
    ["2023年执行数", "2024年预期目标", 2023],
    ["2023年执行值", "2024年目标", 2023],
    ["2023年实际完成", "2024年目标", 2023],
    ["2023年完成情况", "2024年计划", 2023],
    ["2023年实际", "2024年预期目标", 2023],
    ["上年执行情况", "本年预期目标", 2023],
    ["上年完成", "预期目标", 2023],
    ["去年实际", "本年预期目标", 2023],
  ])("%s | %s", (baseline, target, year) => {
    const r = importTable(`${TITLE}\n指标\t单位\t${baseline}\t${target}\n${ROW}`);
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([year, 2024]);
    expect(r.template.indicators.map((d) => [d.baseline, d.target])).toEqual([["5.2", "5左右"]]);
    expect(r.unread.map((u) => u.code)).not.toContain("column-unknown");
    expect(r.unread.map((u) => u.code)).not.toContain("baseline-missing");
    // a column without a year: read as the year before the plan's, said
    const said = r.unread.find((u) => u.code === "yearly-plan");
    if (/20\d\d/.test(baseline)) expect(said).toBeUndefined();
    else {
      expect(said?.reason).toContain(`表头的“${baseline}”一列没有写年份，标题写的是 2024 年一年的计划：目标年份取 2024，“${baseline}”读作上一年 2023 年的基期值`);
      expect(said?.reasonEn).toContain(`“${baseline}” read as the baseline of the year before, 2023`);
    }
  });

  test("the national 2024 plan: every row's 2023 figure is its baseline", async () => {
    const r = await imported("national-2024.txt");
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2023, 2024]);
    expect(r.template.indicators.map((d) => d.baseline)).toEqual(["5.2", "1244", "5.2", "0.2", "6.1", "1.39", "0.5"]);
    expect(r.unread.map((u) => u.code)).not.toContain("column-unknown");
  });
});

describe("trial43a F5: a plan's name without a place above the table's title is its 来源", () => {
  test.each<[string, string]>([
    ["health-2021-2025.txt", "“十四五”国民健康规划"],
  ])("%s", async (file, document) => {
    const r = await imported(file);
    expect(r.template.source.document).toBe(document);
    // a name without a place gives no region
    expect(r.regionFrom.from).toBe("none");
  });
});

describe("trial43a F4: two rows of one name under two 领域 are said with each one's 领域", () => {
  test.each<[string, string, string, string]>([
    ["在校生", "九年义务教育", "高中阶段教育", "第 7 行在领域“九年义务教育”下，本行在“高中阶段教育”下"],
    ["毛入学率", "高中阶段教育", "高等教育", "第 11 行在领域“高中阶段教育”下，本行在“高等教育”下"],
  ])("%s", async (name, first, again, zh) => {
    const r = await imported("edu-2016-2020.txt");
    const said = r.unread.find((u) => u.code === "name-duplicate" && u.text.startsWith(name));
    expect(said?.params).toMatchObject({ name, firstDomain: first, domain: again });
    expect(said?.reason).toContain(zh);
    // session 44: check, summary and report now name each with its 领域; the line says so, no longer asking for a new name
    expect(said?.reason).toContain(`核对、汇总表和报告在名称后写明领域以示区分（“${name}（${first}）”“${name}（${again}）”）`);
    expect(said?.reasonEn).toContain(`is under the category “${first}”, this row under “${again}”`);
    expect(r.template.indicators).toHaveLength(9);
  });
});
