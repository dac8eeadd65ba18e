import type { CellValue } from "../../src/domain/CellValue";
import { reviewerCell, type DateSystems } from "../../src/sheet/reviewerCell";

/**
 * A reviewer's date (审核日期) is written back as the same day in the workbook it goes into:
 * a Mac workbook counts from 1904, so its serial of 2024-01-01 (43830) is 2028-01-02 in a 1900
 * one (review --replaces from a 1904 file into a 1900 file moved the date four years).
 */
describe("reviewerCell", () => {
  test.each<[string, CellValue, string, DateSystems, { value: string | number; numFmt?: string }]>([
    ["a 1900 date stays its serial", { type: "date", iso: "2024-01-01", serial: 45292 }, "2024-01-01", {}, { value: 45292, numFmt: "yyyy-mm-dd" }],
    ["a time of day stays, same system", { type: "date", iso: "2024-01-01", serial: 45292.5 }, "2024-01-01", { from1904: true, to1904: true }, { value: 45292.5, numFmt: "yyyy-mm-dd" }],
    ["from a 1904 workbook into a 1900 one: the same day", { type: "date", iso: "2024-01-01", serial: 43830 }, "2024-01-01", { from1904: true, to1904: false }, { value: 45292, numFmt: "yyyy-mm-dd" }],
    ["from a 1900 workbook into a 1904 one: the same day", { type: "date", iso: "2024-01-01", serial: 45292 }, "2024-01-01", { from1904: false, to1904: true }, { value: 43830, numFmt: "yyyy-mm-dd" }],
    ["an ISO date without a serial, into a 1904 workbook", { type: "date", iso: "2024-01-01" }, "2024-01-01", { to1904: true }, { value: 43830, numFmt: "yyyy-mm-dd" }],
    ["an ISO date without a serial, into a 1900 workbook", { type: "date", iso: "2024-01-01" }, "2024-01-01", {}, { value: 45292, numFmt: "yyyy-mm-dd" }],
    ["before 1900-03-01 in the 1900 system: its text (Lotus's 1900-02-29)", { type: "date", iso: "1900-01-15" }, "1900-01-15", {}, { value: "1900-01-15" }],
    ["a number typed stays a number", { type: "number", value: 3 }, "3", {}, { value: 3 }],
    ["text merged with another cell's: the text", { type: "date", iso: "2024-01-01", serial: 45292 }, "2024-01-01 王某", {}, { value: "2024-01-01 王某" }],
  ])("%s", (_why, read, text, dates, written) => {
    expect(reviewerCell(read, text, dates)).toEqual(written);
  });
});
