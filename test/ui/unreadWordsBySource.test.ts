import { importTable, unreadMessage, unreadPlace } from "../../src/import";
import type { ImportCode, UnreadParams } from "../../src/import/unreadMessages";
import type { TableSource } from "../../src/import/TableSource";

/**
 * What the pane's 未载入 / 请核对 lists say, by what the table was read from: a selected range's (a
 * sheet's) rows are rows, in the place and inside the reason (“joined to row 12”); text pasted into
 * the box keeps its lines; a paste names the program the clipboard said it came from.
 */
const SHEET: TableSource = { kind: "sheet", sheet: "Sheet1", rows: [] };
const BOX: TableSource = { kind: "paste", box: true };
const FROM_EXCEL: TableSource = { kind: "paste", box: true, copiedFrom: "excel" };

/** Each code whose English text names a line of the table, with parameters naming line/row 12. */
const NAMING: Array<[ImportCode, UnreadParams[ImportCode]]> = [
  ["header-joined", { lines: [12, 13], header: "序号 | 指标 | 2025年" }],
  ["title-joined", { lines: 2, title: "某市十四五规划主要指标" }],
  ["cell-breaks", { from: 12, to: 14, parts: [], source: "sheet" }],
  ["script-markup", { count: 1, example: "1\tPM2.5" }],
  ["edge-category", { rows: 4, word: "社会保障" }],
  ["other-table", { headerLine: 12 }],
  ["project-table", {}],
  ["name-joined", { piece: "比例(%)", rowLine: 12, number: "2", values: true }],
  ["table-end", { left: 3 }],
  ["domain-alone", { text: "民生" }],
  ["domain-joined", { lines: [12, 13], joined: "幼儿照护服务" }],
  ["name-duplicate", { name: "甲率", firstLine: 12, firstId: "r05", id: "r06", firstDomain: "", domain: "" }],
];
// “line breaks” are breaks inside a cell, not lines of the table
const withoutBreaks = (s: string): string => s.replace(/line breaks?/g, "");

describe("unread reasons name a sheet's rows as rows and a paste's lines as lines (en)", () => {
  test.each(NAMING)("%s", (code, params) => {
    const sheet = withoutBreaks(unreadMessage({ code, params }, "en", SHEET));
    const pasted = withoutBreaks(unreadMessage({ code, params }, "en", BOX));
    expect(sheet).not.toMatch(/\blines?\b/);
    expect(sheet).toMatch(/\brows?\b/);
    expect(pasted).toMatch(/\blines?\b/);
    // Chinese says 行 for both
    expect(unreadMessage({ code, params }, "zh", SHEET)).toBe(unreadMessage({ code, params }, "zh", { kind: "sheet" }));
  });

  test.each<[string, TableSource, string, string]>([
    ["a sheet (读取选中区域)", SHEET, "单元格内有换行（工作表）", "line breaks inside cells (a worksheet): rows 12–14"],
    ["pasted, the clipboard said Excel", FROM_EXCEL, "单元格内有换行（从 Excel 复制的表格），第 12—14 行", "(a table copied from Excel): lines 12–14"],
    ["pasted, the clipboard said WPS", { ...BOX, copiedFrom: "wps" }, "（从 WPS 表格复制的表格）", "(a table copied from WPS Spreadsheets)"],
    ["pasted, the clipboard said LibreOffice", { ...BOX, copiedFrom: "libreoffice" }, "（从 LibreOffice 复制的表格）", "(a table copied from LibreOffice)"],
    ["pasted with Excel's quoted cells, no HTML", { ...BOX, copiedFrom: "spreadsheet" }, "（从电子表格复制的表格）", "(a table copied from a spreadsheet)"],
    ["pasted, nothing known (the old guess)", BOX, "（网页复制的表格）", "(a web page's copy)"],
  ])("cell-breaks from %s", (_d, source, zh, en) => {
    const u = { code: "cell-breaks" as const, params: { from: 12, to: 14, parts: [], source: source.kind } };
    expect(unreadMessage(u, "zh", source)).toContain(zh);
    expect(unreadMessage(u, "en", source)).toContain(en);
  });

  it("header-joined names the program too, not always 网页复制的表格", () => {
    const u = { code: "header-joined" as const, params: { lines: [3, 4], header: "序号 | 指标" } };
    expect(unreadMessage(u, "zh", FROM_EXCEL)).toContain("第 3 行、第 4 行，从 Excel 复制的表格");
    expect(unreadMessage(u, "en", SHEET)).toContain("over 2 rows (3, 4; a worksheet)");
  });

  // the importer's own reasons (reason, reasonEn) are made with the source it read
  it("importTable's reasonEn for a sheet says row N, never line N", () => {
    const text = [
      "序号\t指标名称\t单位\t2020年\t2025年\t属性",
      "1\t孕产妇系统管理率\t%\t95%\t≥96%\t约束性",
      "2\t孕产妇系统管理率\t%\t95%\t≥96%\t约束性",
      "3\t人均预期寿命\t岁\t79\t80\t预期性",
    ].join("\n");
    const rows = [10, 11, 12, 13];
    for (const [source, word] of [[{ kind: "sheet", rows, sheet: "Sheet1" } as TableSource, "row 11"], [BOX, "line 2"]] as const) {
      const r = importTable(text, { source });
      if (!r.ok) throw new Error(r.message);
      const dup = r.unread.find((u) => u.code === "name-duplicate");
      expect(dup?.reasonEn).toContain(`also that of ${word}`);
      expect(unreadPlace(dup?.line ?? 0, r.source, "en")).toMatch(source.kind === "sheet" ? /^sheet “Sheet1” row 12$/ : /^line 3 of the pasted text$/);
    }
  });
});
