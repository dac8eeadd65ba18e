import { excelClipboardRows } from "../../src/import/excelClipboardRows";
import { gridToText } from "../../src/import/gridText";
import { excelClipboardText } from "../../src/import/excelClipboardText";
import { importTable } from "../../src/import";

/** A header with cells broken over two lines (Alt+Enter), as Excel and WPS put it on the clipboard. */
const COPIED = [
  "表1  青田县“十四五”交通运输发展主要指标",
  '类别\t序号\t指标名称\t单位\t"2020年\n基数"\t"2025年\n目标"\t属性',
  "综合交通\t1\t公路总里程\t公里\t2860\t3100\t预期性",
  "综合交通\t2\t高速公路通车里程\t公里\t/\t≥50\t预期性",
  "综合交通\t3\t新改建农村公路\t公里\t[420]\t[600]\t预期性",
  "综合交通\t4\t综合交通投资增速\t%\t4.8\t5.5左右\t预期性",
  '运输服务\t5\t"城乡公交""一体化""率"\t%\t65\t≥85\t约束性',
  "安全绿色\t6\t道路运输事故万车死亡率\t人/万车\t1.9\t≤1.5\t约束性",
].join("\r\n") + "\r\n";

describe("excelClipboardRows: a paste from Excel/WPS with quoted cells read as cells", () => {
  // lines: each row's first and last line of the paste (trial34: the note names them, 第 3—7 行合为一行)
  it.each<[string, string, string[][], Array<[number, number]>]>([
    ["a header cell broken over two lines", '序号\t"2020年\n基数"\t属性\n1\t5\t约束性', [["序号", "2020年\n基数", "属性"], ["1", "5", "约束性"]], [[1, 2], [3, 3]]],
    ["doubled quotes inside a quoted cell", '"a""b\nc"\tx', [['a"b\nc', "x"]], [[1, 2]]],
    ["CRLF line ends and a trailing line end", '"a\r\nb"\tc\r\n', [["a\nb", "c"], [""]], [[1, 2], [3, 3]]],
    // trial33: quotes that only a doubled quote or a tab made, every quoted cell then read as Excel wrote it
    ["a doubled quote, a needless quote around a number", '"森林""覆盖率"""\t%\t"82.5"', [['森林"覆盖率"', "%", "82.5"]], [[1, 1]]],
    ["a tab inside a quoted cell", '"a\tb"\tc', [["a\tb", "c"]], [[1, 1]]],
    ["a break in the first column", '"单位GDP二氧化碳\n排放降低"\t%\t/', [["单位GDP二氧化碳\n排放降低", "%", "/"]], [[1, 2]]],
    ["breaks in several cells of one row: the row spans all their lines", '指标\n1\t"甲\n其中：乙\n丙"\t%\t"80\n70\n60"\n2\t丁', [["指标"], ["1", "甲\n其中：乙\n丙", "%", "80\n70\n60"], ["2", "丁"]], [[1, 1], [2, 6], [7, 7]]],
    ["a CR-only line end (old Mac) and an empty line between rows", '"a\rb"\tc\r\r2\td', [["a\nb", "c"], [""], ["2", "d"]], [[1, 2], [3, 3], [4, 4]]],
  ])("%s", (_what, text, cells, lines) => {
    expect(excelClipboardRows(text)).toEqual({ cells, lines });
  });

  it.each([
    ["no quoted cell", "序号\t指标\n1\t托位数"],
    ["a quoted cell without a line break", '"序号"\t指标'],
    ["straight quotes in the text, not around a cell", '1\t"十四五"规划目标\t5'],
    ["a quote that never closes", '1\t"2020年\n基数\t5'],
  ])("%s: read as pasted (null)", (_what, text) => {
    expect(excelClipboardRows(text)).toBeNull();
  });

  it("the 青田县 table copied from Excel reads all six indicators, its quoted header cells whole", () => {
    const rows = excelClipboardRows(COPIED);
    expect(rows).not.toBeNull();
    const r = importTable(gridToText(rows?.cells ?? []), {});
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((x) => [x.name, x.baseline, x.target, x.attribute])).toEqual([
      ["公路总里程", "2860", "3100", "预期性"],
      ["高速公路通车里程", "/", "≥50", "预期性"],
      ["新改建农村公路", "[420]", "[600]", "预期性"],
      ["综合交通投资增速", "4.8", "5.5左右", "预期性"],
      ['城乡公交"一体化"率', "65", "≥85", "约束性"],
      ["道路运输事故万车死亡率", "1.9", "≤1.5", "约束性"],
    ]);
  });
});

describe("excelClipboardText: a quoted paste as the importer's text, each line named by the line its row starts on", () => {
  // trial33: rows named by the .txt file's lines (pastedRows) or by the pane box's lines once the box shows the text (rows)
  // rows/lastRows: the box's lines each line's row starts and ends on; pastedRows/pastedLastRows: the paste's
  test.each<[string, string, string, number[], number[], number[], number[]]>([
    ["a break in the first column", '指标\t2020年\n"单位GDP\n能耗降低"\t/\n"森林""覆盖率"""\t61.2', '指标\t2020年\n单位GDP\n能耗降低\t/\n森林"覆盖率"\t61.2', [1, 2, 2, 4], [1, 3, 3, 4], [1, 2, 2, 4], [1, 3, 3, 4]],
    ["a baseline with a break, a row after it", '指标\t2020年\n甲\t"92\n（2019年）"\n乙\t"82.5"', "指标\t2020年\n甲\t92\n（2019年）\n乙\t82.5", [1, 2, 2, 4], [1, 3, 3, 4], [1, 2, 2, 4], [1, 3, 3, 4]],
    ["a header cell with a break (one line once read)", '指标\t"2020年\n基数"\t2025年\n"甲\n乙"\t5\t6\n丙\t1\t2', "指标\t2020年基数\t2025年\n甲\n乙\t5\t6\n丙\t1\t2", [1, 2, 2, 4], [1, 3, 3, 4], [1, 3, 3, 5], [2, 4, 4, 5]],
    // an empty line inside a cell: the paste's range keeps it, the box's text has none
    ["an empty line inside a cell", '指标\t2020年\n"甲\n\n乙"\t5\n丙\t1', "指标\t2020年\n甲\n乙\t5\n丙\t1", [1, 2, 2, 4], [1, 3, 3, 4], [1, 2, 2, 5], [1, 4, 4, 5]],
  ])("%s", (_d, pasted, text, rows, lastRows, pastedRows, pastedLastRows) => {
    expect(excelClipboardText(pasted)).toEqual({ text, rows, lastRows, pastedRows, pastedLastRows });
  });

  test("a paste not quoted so is null", () => {
    expect(excelClipboardText('1\t"十四五"规划目标\t5')).toBeNull();
  });
});
