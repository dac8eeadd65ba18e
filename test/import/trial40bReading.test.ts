import { importTable } from "../../src/import";
import { blankColumnsDropped } from "../../src/import/blankColumnsDropped";
import { headerRowUnderSpans } from "../../src/import/headerRowUnderSpans";
import { raisedRunsAsScripts } from "../../src/cli/raisedRunsAsScripts";

/**
 * trial40b: a source's rows as a reader sees them, for a paste too: a sheet's blank spacer columns copied
 * from Excel (F5), a 填报单位 line above the title (F6), a browser's two-row header (F11), and a LibreOffice
 * .docx's raised run (F10). Each row failed on main.
 */
const SPACED = [
  "石门县“十四五”农业农村现代化主要指标",
  "填报单位：石门县统计局\t\t\t\t\t\t\t单位：见各行",
  "序号\t\t指标名称\t单位\t\t2020年基期值\t2025年目标值\t年均增长(%)\t指标属性\t备注",
  "1\t\t粮食播种面积\t万亩\t\t65.3\t≥65\t\t约束性",
  "2\t\t粮食总产量\t万吨\t\t24.6\t25\t\t约束性",
  "3\t\t高标准农田面积\t万亩\t\t28\t40\t〔12〕\t约束性\t累计新建",
].join("\n");

const BROWSER = [
  "青禾市“十四五”生态环境保护主要指标",
  "类别\t序号\t指标\t单位\t指标值\t\t指标属性",
  "2020年\t2025年",
  "环境治理\t1\t空气质量优良天数比率\t%\t88.5\t>90\t约束性",
  "2\t森林覆盖率\t%\t61\t62\t约束性",
].join("\n");

describe("trial40b: a paste read into its rows", () => {
  test.each<[string, string, string, Array<[string, string, string]>]>([
    ["F5/F6 spacer columns in an Excel copy, a 填报单位 line above the header", SPACED, "石门县“十四五”农业农村现代化主要指标",
      [["粮食播种面积", "65.3", "≥65"], ["粮食总产量", "24.6", "25"], ["高标准农田面积", "28", "40"]]],
    ["F11 a browser's copy: the lower header row only under 指标值", BROWSER, "青禾市“十四五”生态环境保护主要指标",
      [["空气质量优良天数比率", "88.5", ">90"], ["森林覆盖率", "61", "62"]]],
  ])("%s", (_d, text, title, rows) => {
    const r = importTable(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.title).toBe(title);
    expect(r.template.indicators.map((d) => [d.name, d.baseline, d.target])).toEqual(rows);
  });
});

describe("blankColumnsDropped: columns blank in every row, between filled ones", () => {
  test.each<[string, string[][], string[][], number[]]>([
    ["spacer columns", [["序号", "", "指标", "", "2025年"], ["1", "", "森林覆盖率", "", "62"]], [["序号", "指标", "2025年"], ["1", "森林覆盖率", "62"]], [1, 3]],
    ["a column with a header label kept", [["序号", "备注", "指标"], ["1", "", "森林"]], [["序号", "备注", "指标"], ["1", "", "森林"]], []],
    ["leading blanks kept", [["", "序号", "指标"], ["", "1", "森林"]], [["", "序号", "指标"], ["", "1", "森林"]], []],
  ])("%s", (_d, grid, kept, dropped) => {
    expect(blankColumnsDropped(grid)).toEqual({ grid: kept, dropped });
  });
});

describe("headerRowUnderSpans: a lower header row placed under the spans above it", () => {
  const ABOVE = ["类别", "序号", "指标", "单位", "指标值", "", "指标属性"];
  test.each<[string, string[], string[] | null]>([
    ["as many cells as the span", ["2020年", "2025年"], ["", "", "", "", "2020年", "2025年"]],
    ["fewer cells than the span", ["2025年"], null],
    ["a data row", ["1", "森林覆盖率"], null],
    ["already placed (as long as the header)", ["", "", "", "", "2020年", "2025年", ""], null],
  ])("%s", (_d, row, placed) => {
    expect(headerRowUnderSpans(ABOVE, row)).toEqual(placed);
  });
});

describe("raisedRunsAsScripts: LibreOffice's raised run as a superscript", () => {
  test.each<[string, string, string]>([
    ["raised", '<w:rPr><w:position w:val="8"/><w:sz w:val="19"/></w:rPr>', '<w:rPr><w:position w:val="8"/><w:sz w:val="19"/><w:vertAlign w:val="superscript"/></w:rPr>'],
    ["lowered", '<w:rPr><w:position w:val="-2"/></w:rPr>', '<w:rPr><w:position w:val="-2"/><w:vertAlign w:val="subscript"/></w:rPr>'],
    ["already a superscript", '<w:rPr><w:vertAlign w:val="superscript"/><w:position w:val="8"/></w:rPr>', '<w:rPr><w:vertAlign w:val="superscript"/><w:position w:val="8"/></w:rPr>'],
    ["not raised", "<w:rPr><w:b/></w:rPr>", "<w:rPr><w:b/></w:rPr>"],
  ])("%s", (_d, xml, out) => {
    expect(raisedRunsAsScripts(xml)).toBe(out);
  });
});
