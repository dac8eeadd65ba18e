import { alignSpannedRows } from "../../../src/import/rules/spannedRows";

/**
 * alignSpannedRows: a web page's table with merged cells copied as text (the browser writes a merged
 * cell on the first row it spans only): the rows lined up under a header whose 指标 spans the categories.
 */
const grid = (lines: string[]): string[][] => lines.map((l) => l.split("\t"));
const shown = (g: string[][] | undefined): string[] => (g ?? []).map((cells) => cells.join("|"));

const HEADER = "指标\t2015年\t2020年\t〔累计〕\t属性";

describe("alignSpannedRows: rows of several widths lined up from the right", () => {
  test.each<[string, string[], string[] | null, number[]]>([
    ["a domain and a numbered sub-group on the first row, the sub-group alone, then names alone", [
      HEADER,
      "生态环境质量\t1。空气质量\t甲率(%)\t76。7\t>80\t-\t约束性",
      "乙率(%)\t-\t-\t〔18〕\t约束性",
      "2。水环境质量\t丙率(%)\t66\t>70\t-\t约束性",
    ], [
      "指标|||2015年|2020年|〔累计〕|属性",
      "生态环境质量|1。空气质量|甲率(%)|76。7|>80|-|约束性",
      "||乙率(%)|-|-|〔18〕|约束性",
      "|2。水环境质量|丙率(%)|66|>70|-|约束性",
    ], [2, 3]],
    ["a row one cell short is lined up as a row without categories", [
      HEADER,
      "生态环境质量\t1。空气质量\t甲率(%)\t76。7\t>80\t-\t约束性",
      "丁率(%)\t70。8\t>80\t预期性",
    ], [
      "指标|||2015年|2020年|〔累计〕|属性",
      "生态环境质量|1。空气质量|甲率(%)|76。7|>80|-|约束性",
      "||丁率(%)|70。8|>80|预期性",
    ], [2]],
    ["a domain without a number keeps the outer place, its sub-group blank", [
      HEADER,
      "生态环境质量\t1。空气质量\t甲率(%)\t76。7\t>80\t-\t约束性",
      "生态保护修复\t戊面积(万平方公里)\t-\t-\t〔27〕\t预期性",
    ], [
      "指标|||2015年|2020年|〔累计〕|属性",
      "生态环境质量|1。空气质量|甲率(%)|76。7|>80|-|约束性",
      "生态保护修复||戊面积(万平方公里)|-|-|〔27〕|预期性",
    ], [2]],
    ["a note and a heading line are left as they are", [
      HEADER,
      "1.空气质量\t甲率(%)\t76.7\t>80\t-\t约束性",
      "注：〔〕内为五年累计数。",
    ], [
      "指标||2015年|2020年|〔累计〕|属性",
      "1.空气质量|甲率(%)|76.7|>80|-|约束性",
      "注：〔〕内为五年累计数。",
    ], []],
    // not such a copy: left to the row readers
    ["a domain cell without any numbered sub-group (unnumberedRow reads it)", [HEADER, "生态环境质量\t甲率(%)\t76.7\t>80\t-\t约束性", "乙率(%)\t-\t-\t〔18〕\t约束性"], null, []],
    ["a numbered name with a unit over its part (an indicator with parts)", ["指标\t2020年\t2025年\t属性", "1.义务教育标准班额比例(%)\t小学\t34.52\t80以上\t预期性", "\t初中\t77.34\t85以上\t预期性"], null, []],
    ["a header with a 序号 column", ["序号\t指标\t2015年\t2020年\t属性", "1。空气质量\t1\t甲率(%)\t76.7\t>80\t约束性"], null, []],
    ["a header whose 指标 already spans its categories", ["指标\t\t\t2015年\t2020年\t〔累计〕\t属性", "生态环境质量\t1。空气质量\t甲率(%)\t76。7\t>80\t-\t约束性", "\t\t乙率(%)\t-\t-\t〔18〕\t约束性"], null, []],
  ])("%s", (_d, lines, expected, rows) => {
    const r = alignSpannedRows(grid(lines), 0);
    expect(r === null ? null : shown(r.grid)).toEqual(expected);
    expect(r?.rows ?? []).toEqual(rows);
  });
});
