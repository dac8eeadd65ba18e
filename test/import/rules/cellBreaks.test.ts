import { joinBrokenCells, rowWidth } from "../../../src/import/rules/cellBreaks";

describe("cellBreaks: line breaks inside cells (a web page's copy)", () => {
  test("a row broken in five lines, with parts, becomes two rows; the lines around it stay", () => {
    const lines = ["1.甲率(%)\t1\t2\t预期性", "4.标准班额比例(%)", "其中:小学", "初中\t34.5%", "78.3%\t80%以上", "85%以上\t预期性", "5.乙率(%)\t3\t4\t预期性"];
    const r = joinBrokenCells(lines, 4, 3, 10);
    expect(r.lines).toEqual(["1.甲率(%)\t1\t2\t预期性", "4.标准班额比例(%)\t小学\t34.5%\t80%以上\t预期性", "\t初中\t78.3%\t85%以上\t预期性", "5.乙率(%)\t3\t4\t预期性"]);
    expect(r.origins).toEqual([[10], [11, 12, 13, 14, 15], [11, 12, 13, 14, 15], [16]]);
    expect(r.joined).toEqual([{ lines: [11, 12, 13, 14, 15], rows: r.lines.slice(1, 3), parts: ["小学", "初中"] }]);
  });

  test("a 其中 line with its own values becomes a sub-row", () => {
    const r = joinBrokenCells(["1.教师专科学历比例(%)", "其中:本科学历比例(%)\t97%", "49%\t100%", "50%\t预期性"], 4, 3, 0);
    expect(r.lines).toEqual(["1.教师专科学历比例(%)\t97%\t100%\t预期性", "其中：本科学历比例(%)\t49%\t50%\t预期性"]);
  });

  test("a text value broken over two lines is joined", () => {
    const r = joinBrokenCells(["3\t人均收入增长(%)\t5.1\t保持全省", "领先\t预期性"], 5, 3, 0);
    expect(r.lines).toEqual(["3\t人均收入增长(%)\t5.1\t保持全省领先\t预期性"]);
  });

  test.each<[string, string[], number]>([
    ["full rows", ["1\t甲\t1\t2", "2\t乙\t3\t4"], 4],
    ["a domain on lines of its own (a PDF paste)", ["幼儿", "照护", "服务\t1\t托位数(个)\t2.02\t4.5"], 4],
    ["a name continued under a row (a PDF paste)", ["\t6\t持证残疾人", "\t\t就业率(%)\t1\t2"], 5],
    ["a line that starts a new row is never taken in", ["7\t丙率(%)", "8\t丁率(%)\t1\t2"], 4],
    ["too many cells", ["甲\t1", "2\t3\t4\t5"], 4],
  ])("left alone: %s", (_name, lines, width) => {
    const r = joinBrokenCells(lines, width, width - 2, 0);
    expect(r.lines).toEqual(lines);
    expect(r.joined).toEqual([]);
  });

  // trial27c: a sheet's `4 | 农田灌溉水有效利用系数 | — | 0.512 | 0.53以上` (blank 属性) and `二 | 防洪减灾` below it
  // were joined as one row's broken cells: `0.53以上二 | 防洪减灾`
  test.each<[string, number[], boolean]>([
    ["lines of one sheet row (a cell's line breaks) are joined", [8, 8], true],
    ["lines of two sheet rows are not", [8, 9], false],
  ])("%s", (_d, rows, joined) => {
    const lines = ["4\t农田灌溉水有效利用系数\t—\t0.512\t0.53以上", "二\t防洪减灾"];
    const r = joinBrokenCells(lines, 6, 4, 0, undefined, (i) => rows[i] ?? 0);
    expect(r.joined.length > 0).toBe(joined);
    expect(r.lines.length).toBe(joined ? 1 : 2);
  });

  // trial33: a sheet's, a .csv's or a quoted paste's `单位GDP二氧化碳⏎排放降低` in the first column left a one-cell line over a
  // full row, not loaded (不是表格行), the indicator named 排放降低; the lines of one source row are now that row
  test.each<[string, string[], number[], string[]]>([
    ["a break in the first cell", ["单位GDP二氧化碳", "排放降低\t%\t/\t〔18〕\t约束性"], [2, 2], ["单位GDP二氧化碳排放降低\t%\t/\t〔18〕\t约束性"]],
    ["a break in the last cell of a full row", ["1\t甲率(%)\t1\t2\t按省", "口径"], [5, 5], ["1\t甲率(%)\t1\t2\t按省口径"]],
    ["a row without its trailing blank cells keeps its values in their columns", ["甲", "率(%)\t1\t2"], [3, 3], ["甲率(%)\t1\t2\t\t"]],
    ["breaks in two cells of one row, the next row alone", ["单位GDP", "能耗降低\t%\t/\t〔13.5〕\t约束", "性", "乙率\t%\t1\t2\t预期性"], [2, 2, 2, 3], ["单位GDP能耗降低\t%\t/\t〔13.5〕\t约束性", "乙率\t%\t1\t2\t预期性"]],
  ])("lines of one source row are joined: %s", (_d, lines, rows, out) => {
    const r = joinBrokenCells(lines, 5, 4, 0, undefined, (i) => rows[i] ?? 0);
    expect(r.lines).toEqual(out);
    expect(r.joined.length).toBe(1);
  });

  test.each<[string, string[], number[]]>([
    ["a note's lines in one cell below the table", ["注：1.按可比价。", "2.按户籍人口。"], [9, 9]],
    ["a heading cell with a break", ["二、绿色", "发展"], [4, 4]],
  ])("lines of one source row all in one column are left alone: %s", (_d, lines, rows) => {
    const r = joinBrokenCells(lines, 5, 4, 0, undefined, (i) => rows[i] ?? 0);
    expect(r.lines).toEqual(lines);
    expect(r.joined).toEqual([]);
  });

  test("rowWidth: the most common width at least the header's", () => {
    expect(rowWidth(["a\tb\tc\td\te", "a\tb\tc\td\te", "x", "a\tb\tc\td"], 4)).toBe(5);
    expect(rowWidth(["x", "y\tz"], 4)).toBe(4);
  });
});
