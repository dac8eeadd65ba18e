import { rowsReferred } from "../../src/sheet/rowsReferred";

/** The rows a formula's references point at, in the row it stands in (brokenFormulas' test of a row's own formulas). */
describe("the rows a formula refers to", () => {
  test.each<[string, string, number, number, number[]]>([
    ["its own row, column-absolute refs as the add-in writes them", `IF($X9="","",INDEX($AT9:$AX9,1,(报告年份-2023+1)))`, 9, 9, [9]],
    ["moved down by a script that does not rewrite it: the row above", `IF($X8="","",$AB8)`, 9, 9, [8]],
    ["a shared formula's cell: the group's text shifted to its own row", `IF($X4="","",$AB4)`, 4, 9, [9]],
    ["an absolute row stays where it is", `$A$2+B9`, 9, 9, [2, 9]],
    ["strings, function names with digits, defined names and numbers are no references", `IF(LOG10(B9)>1E5,"A1",报告年份)&LEFT(CELL("format",B9),1)`, 9, 9, [9]],
    ["a reference on another sheet is not this row's", `'表 1'!A3+Sheet2!B4:C5+C9`, 9, 9, [9]],
    ["a quote inside a string does not end it", `IF(A9="say ""B3""",1,2)`, 9, 9, [9]],
  ])("%s", (_why, text, from, at, rows) => {
    expect(rowsReferred(text, from, at).sort((a, b) => a - b)).toEqual(rows);
  });
});
