import { gridLines, gridToText } from "../../src/import/gridText";
import { cellAsText } from "../../src/domain/cellAsText";
import { htmlTables } from "../../src/import/htmlTables";
import { importTable } from "../../src/import/importTable";

describe("gridText and htmlTables: tables as cells, to the importer's text", () => {
  test("rows to tab lines; a line break in a cell kept, tabs in a cell become spaces, trailing empties dropped", () => {
    expect(gridToText([["标题", "", ""], ["指标", "2020年", "2025年"], ["甲率(%)\n其中：小学\n初中", "1\n2", "3\n4"], ["a\tb", "", ""], ["", "", ""]]))
      .toBe("标题\n指标\t2020年\t2025年\n甲率(%)\n其中：小学\n初中\t1\n2\t3\n4\na b");
  });

  test.each<[string, string[][], string]>([
    ["a header cell's line break (Alt+Enter)", [["序号", "指标名称", "2020年\n基期值", "2025年\n目标值"], ["1", "甲率(%)\n其中：小学", "1", "2"]],
      "序号\t指标名称\t2020年基期值\t2025年目标值\n1\t甲率(%)\n其中：小学\t1\t2"],
    ["the header's second line too", [["指标", "2020年", "目标值", ""], ["", "", "2023年\n目标", "2025年\n目标"], ["甲率(%)", "1", "2", "3"]],
      "指标\t2020年\t目标值\n\t\t2023年目标\t2025年目标\n甲率(%)\t1\t2\t3"],
    ["a title above the header keeps its break", [["表1\n某县主要指标"], ["指标", "2020年\n基期", "2025年"]], "表1\n某县主要指标\n指标\t2020年基期\t2025年"],
  ])("header rows: %s", (_d, grid, text) => {
    expect(gridToText(grid)).toBe(text);
  });

  // the importer names a row as the sheet does, not by a line of the text a cell's breaks made
  test.each<[string, string[][], number, number[]]>([
    ["one line per row", [["标题"], ["指标", "2020年", "2025年"], ["甲率(%)", "1", "2"]], 1, [1, 2, 3]],
    ["a cell's breaks: one row, several lines", [["指标", "2020年", "2025年"], ["甲率(%)\n其中：小学\n初中", "1\n2", "3\n4"], ["乙率(%)", "5", "6"]], 1, [1, 2, 2, 2, 2, 2, 3]],
    ["a header cell's break is joined: one line", [["指标", "2020年\n基期", "2025年"], ["甲率(%)", "1", "2"]], 1, [1, 2]],
    ["an empty row keeps its number; trailing ones go", [["指标", "2020年", "2025年"], [], ["甲率(%)", "1", "2"], ["", ""]], 1, [1, 2, 3]],
    ["a grid that starts lower down (firstRow)", [["指标", "2020年", "2025年"], ["甲率(%)\n其中：小学", "1\n2", "3\n4"]], 5, [5, 6, 6, 6, 6]],
  ])("gridLines: %s", (_d, grid, firstRow, rows) => {
    const r = gridLines(grid, firstRow);
    expect(r.text).toBe(gridToText(grid));
    expect(r.rows).toEqual(rows);
    expect(r.rows.length).toBe(r.text.split("\n").length);
  });

  test("a header with a line break in a cell imports with its years (was: 基期年份 2020 不早于目标年份 2020)", () => {
    const grid = [["类别", "序号", "指标名称", "单位", "2020年\n基期值", "目标值", "", "指标属性"], ["", "", "", "", "", "2023年", "2025年", ""],
      ["健康", "1", "人均预期寿命", "岁", "81.5", "81.8", "82以上", "预期性"]];
    const r = importTable(gridToText(grid));
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear, r.template.yearlyTargetYears]).toEqual([2020, 2025, [2023, 2025]]);
    expect(r.template.indicators[0]).toMatchObject({ baseline: "81.5", target: "82以上", yearlyTargets: { 2023: "81.8", 2025: "82以上" } });
  });

  test.each([
    [{ type: "number" as const, value: 0.95, percentStyle: true as const }, "95%"],
    [{ type: "number" as const, value: 0.1 + 0.2 }, "0.3"],
    [{ type: "string" as const, text: "≥50" }, "≥50"],
    [{ type: "empty" as const }, ""],
  ])("cell %j → %s", (v, text) => {
    expect(cellAsText(v)).toBe(text);
  });

  test("mammoth's HTML: paragraphs in a cell are lines, colspan and rowspan keep the columns, the paragraph before is the caption", () => {
    const html = "<p>前言</p><p>表1 某县“十四五”主要指标</p><table><tr><th>领域</th><th colspan=\"2\">指标</th><th>2025年</th></tr>" +
      "<tr><td rowspan=\"2\"><p>教育</p></td><td>1</td><td><p>甲率&amp;乙率</p><p>其中：小学</p></td><td>5</td></tr>" +
      "<tr><td>2</td><td>丙</td><td>6</td></tr></table><p>注</p><table><tr><td>x</td></tr></table>";
    expect(htmlTables(html)).toEqual([
      { caption: "表1 某县“十四五”主要指标", rows: [["领域", "指标", "", "2025年"], ["教育", "1", "甲率&乙率\n其中：小学", "5"], ["", "2", "丙", "6"]], notes: [], names: ["前言"], paragraphsBefore: ["前言", "表1 某县“十四五”主要指标"] },
      { caption: "注", rows: [["x"]], notes: [], names: ["前言"], paragraphsBefore: ["注"] },
    ]);
  });

  // trial 25a: 达州's page named the plan in its <title>, its table's caption no place; where the plan's name may be
  test.each<[string, string, number, string[]]>([
    ["the page's <title>, after the first paragraph", "<html><head><title>达州市林业发展“十四五”规划</title></head><body><p>前言。</p><p>指标表</p><table><tr><td>x</td></tr></table>", 0, ["前言。", "达州市林业发展“十四五”规划"]],
    ["headings before the table, in order, first", "<h1>某市某规划</h1><p>正文</p><h2>主要目标</h2><p>指标表</p><table><tr><td>x</td></tr></table>", 0, ["某市某规划", "主要目标"]],
    ["a later table: the headings before it too, the first paragraph of the document", "<p>题目</p><table><tr><td>x</td></tr></table><h2>专栏</h2><table><tr><td>y</td></tr></table>", 1, ["专栏", "题目"]],
    ["none", "<table><tr><td>x</td></tr></table>", 0, []],
  ])("the document's names before a table: %s", (_why, html, at, names) => {
    expect(htmlTables(html)[at]?.names).toEqual(names);
  });

  // a trial: the same plan as .txt kept 注：〔〕内为五年累计数。①…, as .docx or .html lost it
  test.each<[string, string, string[]]>([
    ["a note and its footnote", "<p>注：〔〕内为五年累计数。</p><p>①含乡镇卫生院。</p><p>二、主要任务</p>", ["注：〔〕内为五年累计数。", "①含乡镇卫生院。"]],
    ["a note's numbered lines", "<p>注：</p><p>1. 带*的为2019年数据。</p><p>（2）〔〕内为累计数。</p><p>下一段正文。</p>", ["注：", "1. 带*的为2019年数据。", "（2）〔〕内为累计数。"]],
    ["资料来源", "<p>资料来源：县统计局。</p>", ["资料来源：县统计局。"]],
    ["prose first: no notes", "<p>二、主要任务</p><p>注：这不是表注。</p>", []],
    ["numbered prose without a note: none", "<p>1. 加快建设</p>", []],
    ["up to the next table only", "<p>注：甲。</p><table><tr><td>x</td></tr></table><p>注：乙。</p>", ["注：甲。"]],
  ])("the notes after a table: %s", (_why, after, notes) => {
    expect(htmlTables(`<p>某县指标</p><table><tr><td>指标</td><td>2025年</td></tr></table>${after}`)[0]?.notes).toEqual(notes);
  });

  // a trial's web page: 城市<sup>2</sup>空气质量 read 城市2空气质量, a footnote glued into the name
  test.each<[string, string, string]>([
    ["a footnote mark in a name", "地级及以上城市<sup>2</sup>空气质量优良天数比率（%）", "地级及以上城市²空气质量优良天数比率（%）"],
    ["a footnote mark after a value", "15.7<sup>4</sup>", "15.7⁴"],
    ["two digits", "重点地区总氮<sup> 16 </sup>", "重点地区总氮¹⁶"],
    ["a unit's power", "人均住房面积（m<sup>2</sup>）", "人均住房面积（m²）"],
    ["not digits: the text kept", "森林覆盖率<sup>*</sup>", "森林覆盖率*"],
    ["a subscript as before", "PM<sub>2.5</sub>浓度", "PM2.5浓度"],
  ])("<sup> digits as superscripts: %s", (_why, cell, text) => {
    expect(htmlTables(`<table><tr><td>${cell}</td></tr></table>`)[0]?.rows).toEqual([[text]]);
  });
});
