import { fitWrappedRows } from "../../src/cycle/fitWrappedRows";

/**
 * trial28b F7: a person merged the 说明 cells of rows 10 and 11 (P10:P11, 45 pt together) and wrote
 * one note; lock measured the note as in P alone and raised row 10 from 15 to 44 pt. A cell of a
 * range spanning rows is the person's layout, left alone; a one-row range is measured across it.
 */
const NOTE = "优质园、优质均衡两项均为快报数，正式数据待省教育厅年报公布后更新";
const part = (merges: string): string =>
  `<worksheet><sheetFormatPr defaultRowHeight="15"/><cols><col min="15" max="15" width="12" customWidth="1"/><col min="16" max="16" width="16" customWidth="1"/><col min="17" max="17" width="40" customWidth="1"/></cols>` +
  `<sheetData><row r="10" ht="15" customHeight="1"><c r="P10" s="1" t="inlineStr"><is><t>${NOTE}</t></is></c></row><row r="11" ht="30" customHeight="1"><c r="P11" s="1"/></row></sheetData>` +
  `${merges ? `<mergeCells count="1">${merges}</mergeCells>` : ""}</worksheet>`;
const heightOf = (xml: string, row: number): number => Number(new RegExp(`<row r="${row}"[^>]* ht="([\\d.]+)"`).exec(xml)?.[1]);

test.each<[string, string, (h: number) => boolean]>([
  ["a note alone in P is raised to its lines", "", (h) => h >= 44],
  ["a note merged over two rows stays as the person laid it out", `<mergeCell ref="P10:P11"/>`, (h) => h === 15],
  ["a note merged across P:Q in one row is measured across both", `<mergeCell ref="P10:Q10"/>`, (h) => h === 30],
  ["a merge elsewhere changes nothing", `<mergeCell ref="A1:B2"/>`, (h) => h >= 44],
])("%s", (_label, merges, ok) => {
  const out = fitWrappedRows(part(merges), new Set([1]), new Map([["P10", NOTE]]));
  expect(ok(heightOf(out, 10))).toBe(true);
  expect(heightOf(out, 11)).toBe(30);
});
