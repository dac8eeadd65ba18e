import { unusableFix, type UnusableDetail } from "../../src/domain/UnusableReason";
import { sheetCut } from "../../src/hosts/xlsx/sheetCut";

/**
 * Session 41: a unit whose file was too large to read (too_large) was told to delete 附带的大表（如企业名录）或表格下方多余的行
 * whatever the reader found, though a sheet not needed is passed over now (not the cause) and the reader's own line on a
 * sheet of few rows says to delete columns (trial39c F8). The advice follows the reader: the sheet it named and what to
 * delete from it (sheetCut, the rule of the reader's line); with no sheet named (the file as a whole), no rows.
 */
const MB64 = 64 * 1024 * 1024;
describe("too_large: what the unit is asked to delete", () => {
  test.each<[string, UnusableDetail | undefined, "zh" | "en", string]>([
    ["its sheet past the row limit", { tooLarge: { sheet: "表1", cut: "rows" } }, "zh", "请该单位删去工作表「表1」表格下方多余的行，保存后重新发送"],
    ["its sheet of few rows past the size", { tooLarge: { sheet: "表1", cut: "columns" } }, "zh", "请该单位删去工作表「表1」表格右侧多余的列或过长的内容（该表行数不多，大的是各行的内容），保存后重新发送"],
    ["the same in English", { tooLarge: { sheet: "表1", cut: "columns" } }, "en", "ask the unit to delete the extra columns to the right of the table, or its over-long contents (the sheet has few rows: its size is in what they hold) on sheet \"表1\", save and send it again"],
    ["no sheet named: the file as a whole", undefined, "zh", "请该单位删去附带的大表（如企业名录）、图片等与填报无关的内容，保存后重新发送"],
    ["no sheet named (en)", undefined, "en", "ask the unit to delete what was sent along that is no part of the return (a large sheet such as a list of enterprises, pictures), save and send it again"],
  ])("%s (%s)", (_, detail, lang, text) => {
    expect(unusableFix("too_large", lang, "summary", detail)).toBe(text);
  });

  // the cut is the reader's own rule: the words of its line on the same sheet agree
  test.each<[string, Parameters<typeof sheetCut>[0], "rows" | "columns"]>([
    ["past the rows", { sheet: "表1", over: "rows", limit: 100_000, rows: 120_000 }, "rows"],
    ["51 rows past the size", { sheet: "表1", over: "bytes", limit: MB64, rows: 51 }, "columns"],
    ["300,000 rows past the size", { sheet: "表1", over: "bytes", limit: MB64, rows: 300_000 }, "rows"],
    ["rows not known", { sheet: "表1", over: "bytes", limit: MB64 }, "rows"],
  ])("sheetCut: %s", (_, params, cut) => {
    expect(sheetCut(params)).toBe(cut);
  });
});
