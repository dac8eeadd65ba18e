import { checkActual } from "../../src/domain/checkActual";
import type { CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { detectUnit } from "../../src/domain/Unit";
import { NO_PLAN } from "../../src/domain/PlanFigures";
import { officeCellValue } from "../../src/hosts/office/officeCellValue";
import { parseStyles } from "../../src/hosts/xlsx/parseStyles";

/*
 * trial44a F4: 2.45 pasted from another county's workbook kept its cell's Text format (@). check said 「填写的是文本「2.45」…建议改为
 * 2.45」; the filer typed 2.45 again, which the Text format kept as text, and read the same message again. A number typed as text
 * in a cell in the Text format names the format first and asks for General before the number, as the percent format's message
 * does (percent_typed); a text cell in another format reads as before. On the old code no message named the format.
 */
const NURSES = "每千人口拥有注册护士数（人）";
const SHARE = "数字经济核心产业增加值占GDP比重（%）";
const asText = (text: string): CellValue => ({ type: "string", text, textStyle: true });
const plain = (text: string): CellValue => ({ type: "string", text });
const said = (v: CellValue, name: string, scale: number[], lang: "zh" | "en"): string =>
  checkActual(v, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale } }).issues.map((i) => describeIssue(i, lang)).join(lang === "zh" ? "；" : "; ");

describe("a number typed as text in a cell in the Text format says the format", () => {
  test.each<[string, CellValue, string, number[], string, string]>([
    ["2.45 in the Text format: General first, then 2.45", asText("2.45"), NURSES, [2.2, 2.75],
      "单元格格式为文本（@），输入的数字也存为文本：填写的是文本「2.45」，公式无法读取；应填数值，请把单元格格式改为常规，再填 2.45",
      "the cell is formatted as Text (@), which keeps a number typed into it as text: \"2.45\" is text the formulas cannot read; set the cell's format to General, then enter the number 2.45"],
    ["the same text in another format reads as before", plain("2.45"), NURSES, [2.2, 2.75],
      "填写的是文本「2.45」，公式无法读取；应填数值，建议改为 2.45", "\"2.45\" is text the formulas cannot read; enter the number 2.45"],
    ["a number with its unit in the Text format: General, then the number alone", asText("2.45人"), NURSES, [2.2, 2.75],
      "单元格格式为文本（@），输入的数字也存为文本：填写的是文本「2.45人」（数值带了单位「人」），公式无法读取；应只填数值，请把单元格格式改为常规，再填 2.45",
      "the cell is formatted as Text (@), which keeps a number typed into it as text: \"2.45人\" is text (a number with its unit \"人\") the formulas cannot read; set the cell's format to General, then enter the number alone, 2.45"],
    ["a fraction in a % row in the Text format: its ×100 after General", asText("0.835"), SHARE, [80, 85],
      "单元格格式为文本（@），输入的数字也存为文本：填写的是文本「0.835」，公式无法读取；应填数值，读作 0.835，基期值或目标值在 10 以上，疑似按小数填写，请把单元格格式改为常规，再填 83.5",
      "set the cell's format to General, then enter the number 83.5"],
    ["a number the row refuses, in the Text format: General asked for before any number", asText("－3"), SHARE, [10, 12.5],
      "单元格格式为文本（@），输入的数字也存为文本：填写的是文本「－3」，公式无法读取；应填数值，读作 -3，本行不能填此数，请核实；改填数值前请先把单元格格式改为常规",
      "read as -3, which this row cannot take: check it; set the cell's format to General before entering a number"],
  ])("%s", (_, v, name, scale, zh, en) => {
    expect(said(v, name, scale, "zh")).toContain(zh);
    expect(said(v, name, scale, "en")).toContain(en);
  });
});

/** Built-in number format 49 is the Text format: a styles part naming it by id, as Excel writes it, and by code. */
const styles = (xfs: string, fmts = ""): Uint8Array => new TextEncoder().encode(
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${fmts}<cellXfs>${xfs}</cellXfs></styleSheet>`);

describe("the .xlsx and Office.js readers agree on a cell in the Text format", () => {
  test.each<[string, Uint8Array, string[]]>([
    ["built-in 49 is the Text format", styles(`<xf numFmtId="0"/><xf numFmtId="49"/>`), ["plain", "text"]],
    ["a numFmt of @ is the Text format", styles(`<xf numFmtId="164"/>`, `<numFmts><numFmt numFmtId="164" formatCode="@"/></numFmts>`), ["text"]],
  ])("%s", (_, part, kinds) => {
    expect(parseStyles(part, "xl/styles.xml")).toEqual(kinds);
  });

  test.each<[string, unknown, string, unknown, CellValue]>([
    ["a text in @", "2.45", "String", "@", asText("2.45")],
    ["a text in General", "2.45", "String", "General", plain("2.45")],
    ["a text in @ without valueTypes", "2.45", "", "@", asText("2.45")],
    ["a number in @ (typed before the format was set)", 2.45, "Double", "@", { type: "number", value: 2.45 }],
    ["an error in @ is an error", "#N/A", "Error", "@", { type: "error", code: "#N/A" }],
  ])("Office.js: %s", (_, v, type, format, cell) => {
    expect(officeCellValue(v, type || undefined, format)).toEqual(cell);
  });
});
