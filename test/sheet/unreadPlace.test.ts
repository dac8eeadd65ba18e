import { unreadPlace, type UnreadPlace } from "../../src/sheet/unreadPlace";

/**
 * Where cells the tool does not read are, in one wording (check's cells_not_read, rollover's rolled_loose_cells):
 * a column a person added is named with its header (trial43b F6: 「表」表格以外的 N4、N12 said nothing of the
 * 县统计局备注 header in N3), a row inserted among the indicators as such, anything else as outside the table.
 */
const base: UnreadPlace = { sheet: "江川市表1", cells: [], count: 0, inserted: [], sample: "" };

describe("unreadPlace: an added column named with its header", () => {
  test.each<[string, Partial<UnreadPlace>, string, string]>([
    ["an added column with a header", { cells: ["N4", "N12"], count: 2, sample: "快报数", columns: [{ column: "N", header: "县统计局备注" }] },
      "「江川市表1」自行添加的列 N（表头“县统计局备注”）的 N4、N12 有内容（如“快报数”）",
      "\"江川市表1\": 2 cells in the added column N (headed \"县统计局备注\") are filled (N4, N12; such as \"快报数\")"],
    ["an added column without a header", { cells: ["AT24"], count: 1, sample: "同上", columns: [{ column: "AT", header: "" }] },
      "「江川市表1」自行添加的列 AT 的 AT24 有内容（如“同上”）",
      "\"江川市表1\": 1 cell in the added column AT is filled (AT24; such as \"同上\")"],
    ["an added column and a note under the table", { cells: ["N4", "A30"], count: 2, sample: "快报数", columns: [{ column: "N", header: "备注" }] },
      "「江川市表1」自行添加的列 N（表头“备注”）及表格以外的 N4、A30 有内容（如“快报数”）",
      "\"江川市表1\": 2 cells in the added column N (headed \"备注\") and outside the template's table are filled (N4, A30; such as \"快报数\")"],
    ["an inserted row and an added column", { cells: ["A25", "N4"], count: 2, inserted: [25], sample: "x", columns: [{ column: "N", header: "" }] },
      "「江川市表1」插入的行（第 25 行）及自行添加的列 N 的 A25、N4 有内容（如“x”）",
      "\"江川市表1\": 2 cells in the inserted row 25 and in the added column N are filled (A25, N4; such as \"x\")"],
    ["no added column: outside, as before", { cells: ["A30"], count: 1, sample: "注：快报数" },
      "「江川市表1」表格以外的 A30 有内容（如“注：快报数”）",
      "\"江川市表1\": 1 cell outside the template's table is filled (A30; such as \"注：快报数\")"],
    ["an inserted row alone, as before", { cells: ["A25", "B25"], count: 2, inserted: [25], sample: "文化" },
      "「江川市表1」插入的行（第 25 行）的 A25、B25 有内容（如“文化”）",
      "\"江川市表1\": 2 cells in the inserted row 25 are filled (A25, B25; such as \"文化\")"],
  ])("%s", (_why, p, zh, en) => {
    expect(unreadPlace({ ...base, ...p }, "zh")).toBe(zh);
    expect(unreadPlace({ ...base, ...p }, "en")).toBe(en);
  });
});
