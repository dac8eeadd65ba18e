import { spacedHeaderLine } from "../../../src/import/rules/spacedHeaderLines";
import { splitCells } from "../../../src/import/text";

/**
 * spacedHeaderLines: a header's second line in a paste spaced with full-width spaces, its words placed under
 * the header cells they stand under (trial34: 基期值 目标值 〔累计〕 joined to 类别, 指标, 2020年 and the table refused).
 */
const S = "\u3000";
const pad = (n: number): string => S.repeat(n);
const HEAD = `类别${pad(3)}指标${pad(16)}2020年${pad(2)}2025年${pad(2)}年均增长${pad(2)}指标属性`;

describe("spacedHeaderLine", () => {
  test.each<[string, string, string, Array<string> | null]>([
    ["words under the years and the growth column", HEAD, `${pad(25)}基期值${pad(2)}目标值${pad(2)}〔累计〕`, ["", "", "基期值", "目标值", "〔累计〕", ""]],
    ["a label spread out by spaces (指　　标), read as 指标", `类别${pad(3)}指${pad(2)}标${pad(16)}2020年${pad(2)}2025年${pad(2)}属性`, `${pad(26)}基期值${pad(2)}目标值`, ["", "", "基期值", "目标值", ""]],
    ["a word a little off its column (PDF padding): the column it overlaps most", HEAD, `${pad(24)}  基期值${pad(2)}目标值`, ["", "", "基期值", "目标值", "", ""]],
    ["as many words as header cells: nothing to place", HEAD, "甲　乙　丙　丁　戊　己", null],
    ["two words under one cell: left as read", HEAD, `${pad(23)}基期${S}值`, null],
  ])("%s", (_d, head, line, cells) => {
    const headCells = splitCells(head.replace(`指${pad(2)}标`, "指标"), false);
    expect(spacedHeaderLine(head, headCells, line)).toEqual(cells);
  });
});
