import { cellAsText, gridToText } from "../../src/import/gridText";
import { htmlTables } from "../../src/import/htmlTables";

describe("gridText and htmlTables: tables as cells, to the importer's text", () => {
  test("rows to tab lines; a line break in a cell kept, tabs in a cell become spaces, trailing empties dropped", () => {
    expect(gridToText([["标题", "", ""], ["指标", "2020年", "2025年"], ["甲率(%)\n其中：小学\n初中", "1\n2", "3\n4"], ["a\tb", "", ""], ["", "", ""]]))
      .toBe("标题\n指标\t2020年\t2025年\n甲率(%)\n其中：小学\n初中\t1\n2\t3\n4\na b");
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
      { caption: "表1 某县“十四五”主要指标", rows: [["领域", "指标", "", "2025年"], ["教育", "1", "甲率&乙率\n其中：小学", "5"], ["", "2", "丙", "6"]] },
      { caption: "注", rows: [["x"]] },
    ]);
  });
});
