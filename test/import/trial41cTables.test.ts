import { importTable, type ImportCode } from "../../src/import";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";
import { importedFixture } from "./importedFixture";

/**
 * trial41c F2: a plan table pasted from a PDF (columns separated by single spaces) whose 属性 cell is merged
 * down over its 其中 and part lines, so the copy gives it on the line above only. Those lines were left out
 * (“词数少于表头的列数”); they are lined up with their 属性 blank (rules/spacedColumns) and take the row above's
 * as a sheet's merged cell does (rules/mergedAttribute), said in one line naming them.
 */
const imported = importedFixture("trial41c");

describe("trial41c F2: the PDF paste loads what the browser copy loads", () => {
  const key = (d: IndicatorDef): string[] => [d.id, d.domain ?? "", d.number, d.name, d.part ?? "", d.baseline ?? "", d.target ?? "", d.attribute ?? ""];

  test("the same 18 indicators (names, baselines, targets, 属性) and the same template id", async () => {
    const pdf = await imported("boxian_edu_pdfpaste.txt");
    const browser = await imported("boxian_edu_browsercopy.txt");
    expect(pdf.template.indicators).toHaveLength(18);
    expect(pdf.template.indicators.map(key)).toEqual(browser.template.indicators.map(key));
    expect(pdf.template.id).toBe(browser.template.id);
    expect(pdf.stats.rowsNotLoaded).toBe(0);
  });

  test("one line names the rows that took the 属性 above, in both languages", async () => {
    const r = await imported("boxian_edu_pdfpaste.txt");
    const said = r.unread.filter((u) => u.code === "attribute-merged");
    expect(said.map((u) => [u.line, u.effect])).toEqual([[14, "to-check"]]);
    expect(said[0]?.reason).toBe("以空格分隔的分项行比表头少属性一列（表格中与上一行合并的属性格，从 PDF 复制时只留在一行上），第 14、19、21、23 行沿用上一行的“预期性”，已载入，请核对");
    expect(said[0]?.reasonEn).toBe("part rows separated by spaces have no 属性 column (a 属性 cell merged over several rows, which a copy from a PDF gives on one line only): lines 14, 19, 21, 23 take the row above's “预期性”; loaded, to check");
  });
});

describe("spacedColumns: a spaced line without its 属性 (a merged cell)", () => {
  const HEAD = "某县“十四五”教育主要指标\n指标 2020年 2025年 属性\n";
  const row = (d: IndicatorDef): string => [d.name, d.part ?? "", d.baseline ?? "", d.target ?? "", d.attribute ?? ""].join("|");
  test.each<[string, string, string[], ImportCode[]]>([
    ["其中 and part lines take the row above's", "1.甲率(%) 1 2 约束性\n其中:城镇 3 4\n农村 5 6",
      ["甲率(%)||1|2|约束性", "甲率|城镇|3|4|约束性", "甲率|农村|5|6|约束性"], ["attribute-merged"]],
    ["a numbered line reads its 属性 blank, as a sheet's empty 属性 cell", "1.甲率(%) 1 2 预期性\n2.乙率(%) 3 4",
      ["甲率(%)||1|2|预期性", "乙率(%)||3|4|"], ["attribute-empty"]],
    ["a name of several words without its 属性 is not taken (约 3 is the baseline)", "1.甲率(%) 1 2 预期性\n2.乙率(%) 约 3 4",
      ["甲率(%)||1|2|预期性"], ["spaced-unaligned"]],
    ["a 属性 word in a value's place stays misplaced", "1.甲率(%) 1 2 预期性\n其中:城镇 3 约束性",
      ["甲率(%)||1|2|预期性"], ["spaced-unaligned"]],
  ])("%s", (_d, body, rows, codes) => {
    const r = importTable(HEAD + body);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map(row)).toEqual(rows);
    for (const c of codes) expect(r.unread.map((u) => u.code)).toContain(c);
  });

  test.each<[string, string, boolean]>([
    ["no 属性 word: the message names the 属性 as missing", "2.乙率(%) 约 3 4", true],
    ["too few words, no 属性 word", "2.乙率(%) 3", true],
    ["a 属性 word in the line: not said", "其中:城镇 3 约束性", false],
  ])("%s", (_d, line, named) => {
    const r = importTable(`${HEAD}1.甲率(%) 1 2 预期性\n${line}`);
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.find((u) => u.code === "spaced-unaligned");
    expect(said?.line).toBe(4);
    expect(said?.reason.includes("缺的列中有属性")).toBe(named);
    expect(said?.reasonEn.includes("the missing ones include 属性")).toBe(named);
  });
});
