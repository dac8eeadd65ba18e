import { excelClipboardRows } from "../../src/ui/taskpane/excelClipboardRows";
import { gridToText } from "../../src/import/gridText";
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
  it.each([
    ["a header cell broken over two lines", '序号\t"2020年\n基数"\t属性\n1\t5\t约束性', [["序号", "2020年\n基数", "属性"], ["1", "5", "约束性"]]],
    ["doubled quotes inside a quoted cell", '"a""b\nc"\tx', [['a"b\nc', "x"]]],
    ["CRLF line ends and a trailing line end", '"a\r\nb"\tc\r\n', [["a\nb", "c"], [""]]],
  ])("%s", (_what, text, rows) => {
    expect(excelClipboardRows(text)).toEqual(rows);
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
    const r = importTable(gridToText(rows ?? []), {});
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
