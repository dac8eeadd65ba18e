import { formatUnread, importTable, type TableSource } from "../../src/import";

/**
 * importTable's refusals come from one zh/en catalogue (refusalMessages.ts): each refusal has a
 * code, the Chinese text in `message` and the English in `messageEn`, and formatUnread(…, "en")
 * gives the English. A refusal's English text carries no Chinese of its own: only the plan's
 * words it quotes (指标名称, 十四五, …) and the lines' own text.
 */
const HAN_RUN = /[\u3400-\u9fff]+/gu;
/** Chinese the English text may quote: header words and plan periods it names, and the (Chinese) user guide's section it points to */
const QUOTED = new Set(["统计公报", "比上年增长", "计划", "项目清单", "改革清单模板", "指标名称", "指标", "年", "年目标", "目标", "十四五", "项目名称", "总投资", "建设内容", "改革名称", "改革任务", "牵头单位", "建设起止年限", "嵊泗", "年预计值", "完成情况", "完成情况表", "基期值", "年均增长", "累计"]);

const cases: Array<[string, string, { id?: string }, string, RegExp]> = [
  ["empty paste", "", {}, "empty", /empty/],
  ["no header", "随便写的一段话，没有表格。\n\t\t3.5\t≥8", {}, "no-header", /No indicator table header/],
  ["a project table", "项目名称\t总投资\t建设内容\n1\t某路\t3\t新建", {}, "project-table", /project table/],
  ["a reform table", "改革名称\t改革任务\t牵头单位\n1\t某改革\t某任务\t某局", {}, "reform-table", /reform table/],
  ["a header without years", "指标名称\t基期值\t目标值\n1\t某某率(%)\t1\t2\n", {}, "no-years", /no baseline or target year/],
  ["years out of order", "指标名称\t2025年\t2020年目标\n1\t某某率(%)\t1\t2\n", {}, "years-order", /not before its target year/],
  // a 完成情况 table (trial28c): its 预计值 was taken for a baseline and the header said 基期年份 2020 不早于目标年份 2020
  ["a completion table", "“十三五”规划主要指标完成情况\n序号\t指标名称\t2020 年目标值\t2020 年预计值\t完成情况\n1\t全区生产总值(亿元)\t1000\t1008.5\t完成\n", {}, "completion-table", /no baseline column: “2020年预计值” and “完成情况” are results .* completion table \(完成情况表\)/],
  // a 统计公报's table (trial31c): its bare year was taken for a yearly plan's target year (no-years, whose --baseline-year loaded its actuals as targets)
  ["a statistics bulletin's table", "表1  2024年全县主要经济指标\n指标\t单位\t2024年\t比上年增长（%）\n地区生产总值\t亿元\t456.7\t6.1\n", {}, "statistics-table", /^After the indicator's name, the header on line 2 has only “2024年” and “比上年增长\(%\)”: .*statistical bulletin's table .*--baseline-year 2023/],
  ["a header and nothing else", "分类\t指标名称\t2020年\t2025年 目标\n", {}, "no-rows", /no indicator row was read/],
  ["a bad id", "指标名称\t2020年\t2025年\n1\t某某率(%)\t1\t2\n", { id: "嵊泗" }, "bad-id", /template id/],
  // trial29a F2: a header a web page's copy broke after `2015` that could not be joined (rows a cell wider than it): said so
  ["a header broken after a bare year", "“十三五”农业现代化主要指标\n类别\t指标\t2015\n基期值\t2020目标值\t年均增速〔累计〕\t指标属性\n粮食\t粮食产量（亿吨）\t5\t5.5\t0.5\t约束性\t甲\n粮食\t肉类产量（万吨）\t8625\t9000\t0.85\t预期性\t乙\n", {}, "years-order", /broken over lines: after “2015” the next line starts with “基期值”/],
  // trial29a F1: a group cell over two columns no line below names, the rows filling them
  ["a group cell no line names", "某县“十四五”主要指标\n类别\t指标\t单位\t2020年\t“十四五”目标\t\t属性\n经济发展\t地区生产总值\t亿元\t216.5\t300\t7左右\t预期性\n", {}, "header-group", /“‘十四五’目标” spans 2 columns/],
];

describe("importTable's refusals in Chinese and English", () => {
  test.each(cases)("%s → %s, English under en", (_name, text, opts, code, english) => {
    const r = importTable(text, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(/没有载入任何内容。?$/);
    expect(r.messageEn).toMatch(english);
    expect(r.messageEn).toMatch(/Nothing was loaded\.$/);
    const foreign = (r.messageEn.match(HAN_RUN) ?? []).filter((w) => !QUOTED.has(w) && !/^\d/.test(w));
    expect(foreign).toEqual([]);
    expect(formatUnread(r, "en")).toBe(r.messageEn);
    expect(formatUnread(r)).toBe(r.message);
  });

  test("the rows a no-rows refusal quotes are given in the refusal's language", () => {
    const r = importTable("序号\t指标名称\t2020年\t2025年\t属性\n1\t某某率(%)\n");
    if (r.ok) throw new Error("loaded");
    expect(r.code).toBe("no-rows");
    expect(r.message).toContain("只有指标名称");
    expect(r.messageEn).toContain("a name with no baseline or target");
  });
});

// an .xlsx sheet, a Word or web page table was never pasted: a refusal names it as what it is
describe("a refusal names what was read: the paste, the worksheet, a range, a document's table", () => {
  const SHEET: TableSource = { kind: "sheet", rows: [3, 4, 5] };
  const RANGE: TableSource = { kind: "sheet", rows: [3, 4, 5], sheet: "规划指标" };
  const DOCX: TableSource = { kind: "docx", rows: [1, 2, 3] };
  const HTML: TableSource = { kind: "html", rows: [1, 2, 3] };
  const NO_HEADER = "某县年度工作安排\n一、抓好项目建设";
  const PROJECT = "项目名称\t总投资\t建设内容\n1\t某路\t3\t新建";
  const HEADER_ONLY = "某县“十四五”主要指标\n序号\t指标名称\t2020年\t2025年目标\n1\t某某率(%)";
  test.each<[string, string, TableSource, string, string]>([
    ["empty, a sheet", "", SHEET, "工作表是空的：请确认其中有整张指标表", "The worksheet is empty: import one that holds the whole indicator table"],
    ["empty, a Word table", "", DOCX, "Word 文档中的表格是空的：请确认其中有整张指标表", "The Word document's table is empty: import one that holds"],
    ["no header, a sheet", NO_HEADER, SHEET, "工作表不像指标表、项目清单或改革清单", "The worksheet does not look like an indicator table, project list or reform list"],
    ["no header, a range in the pane", NO_HEADER, RANGE, "工作表「规划指标」中选中的区域不像指标表、项目清单或改革清单", "The range selected on sheet “规划指标” does not look like an indicator table, project list or reform list"],
    ["no header, a Word table", NO_HEADER, DOCX, "Word 文档中的表格不像指标表、项目清单或改革清单", "The Word document's table does not look like an indicator table, project list or reform list"],
    ["no header, a web page's table", NO_HEADER, HTML, "网页中的表格不像指标表、项目清单或改革清单", "The web page's table does not look like an indicator table, project list or reform list"],
    ["a project table, a sheet", PROJECT, SHEET, "请导入规划中的主要指标表", "import the plan's main indicator table"],
    ["no rows, a sheet: its rows", HEADER_ONLY, SHEET, "找到了表头（第 4 行），但没有读出任何指标行（第 5 行：", "The header was found (row 4), but no indicator row was read (row 5: "],
    ["no rows, a range: the sheet's rows", HEADER_ONLY, RANGE, "找到了表头（工作表「规划指标」第 4 行）", "The header was found (sheet “规划指标” row 4)"],
  ])("%s", (_d, text, source, zh, en) => {
    const r = importTable(text, { source });
    if (r.ok) throw new Error("loaded");
    expect([r.message, r.messageEn]).toEqual([expect.stringContaining(zh), expect.stringContaining(en)]);
    expect([r.message, r.messageEn].join("\n")).not.toMatch(/粘贴|[Pp]aste/);
  });
});

// a trial's table had only 2020年目标值: the refusal names what is missing and how to give it, the
// command line's options only where there are options (the pane's box and range have none)
describe("no-years names the missing year and a fix the user can make where they are", () => {
  const TARGET_ONLY = "序号\t名称\t计量单位\t2020年目标值\n1\t某某率\t%\t95\n";
  test.each<[string, TableSource, string, string]>([
    ["a file on the command line", { kind: "paste" }, "请用 --baseline-year 写明基期年份（五年规划一般为 2015，2020 年的年度计划为 2019）", "give the baseline year (2015 for a five-year plan, 2019 for a yearly plan of 2020) with --baseline-year"],
    ["a sheet of an .xlsx on the command line", { kind: "sheet", rows: [1, 2] }, "请用 --baseline-year 写明", "with --baseline-year"],
    ["the pane's box", { kind: "paste", box: true }, "请在标题中写明“十四五”之类的规划期，或在表头加上基期年份（五年规划一般为 2015，2020 年的年度计划为 2019）列", "add a column for the baseline year (2015 for a five-year plan, 2019 for a yearly plan of 2020) to the header"],
    ["a range selected in the pane", { kind: "sheet", rows: [1, 2], sheet: "规划指标" }, "或在表头加上基期年份", "add a column for the baseline year"],
  ])("%s", (_name, source, zh, en) => {
    const r = importTable(TARGET_ONLY, { source });
    if (r.ok) throw new Error("loaded");
    expect(r.code).toBe("no-years");
    expect(r.message).toContain("只有目标年份 2020");
    expect(r.message).toContain(zh);
    expect(r.messageEn).toContain(en);
    const pane = source.box === true || source.sheet !== undefined;
    expect(r.message.includes("--baseline-year")).toBe(!pane);
    expect(r.messageEn.includes("--baseline-year")).toBe(!pane);
  });
});
