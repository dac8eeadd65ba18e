import { formatUnread, importTable } from "../../src/import";
import { gridLines } from "../../src/import/gridText";
import { rangeStart, rangeText } from "../../src/ui/taskpane/rangeSource";
import { SELECTED_RANGE_ROWS } from "../support/selectedRangeRows";

// 读取选中区域: the messages name the sheet's own rows, as `import table.xlsx` does for the same sheet
describe("rangeSource: a range selected in Excel, named by its sheet and rows", () => {
  test.each<[string, string, number]>([
    ["Sheet1!A10:F17", "Sheet1", 10],
    ["指标!A1:F6", "指标", 1],
    ["'规划 指标'!$B$3:$G$9", "规划 指标", 3],
    ["'It''s'!A1", "It's", 1],
    ["'a!b'!C7:D9", "a!b", 7],
    ["Sheet1!10:20", "Sheet1", 10],
    ["Sheet1!A:F", "Sheet1", 1],
    ["Sheet1!A5:B6,Sheet1!D1:E2", "Sheet1", 5],
    ["B4:C5", "", 4],
  ])("rangeStart(%s)", (address, sheet, row) => {
    expect(rangeStart(address)).toEqual({ sheet, row });
  });

  const RANGE = SELECTED_RANGE_ROWS;
  test.each<["zh" | "en", string[]]>([
    ["zh", ["工作表「Sheet1」第 15 行：单元格内有换行（工作表）", "工作表「Sheet1」第 16 行：只有指标名称，没有读到基期值和目标值，未载入：5 | 每千人口执业医师数"]],
    ["en", ["sheet “Sheet1” row 15: line breaks inside cells (a worksheet)", "sheet “Sheet1” row 16: a name with no baseline or target: not loaded: 5 | 每千人口执业医师数"]],
  ])("%s: the bad row is the sheet's row 16, below a cell with line breaks; the CLI says the same of the sheet", (lang, says) => {
    const { text, source } = rangeText("Sheet1!A10:F17", RANGE);
    const r = importTable(text, { source });
    if (!r.ok) throw new Error(r.message);
    const out = formatUnread(r, lang);
    for (const s of says) expect(out).toContain(s);
    expect(out).not.toMatch(/网页|web page/);
    // (row 15 also lists the rows read up from their numbers alone: direction-series-up)
    expect(r.unread.map((u) => u.line)).toEqual([15, 15, 16]);
    // the same sheet as `import book.xlsx` reads it (rows 1–9 empty): the same rows and reasons
    const whole = gridLines([...Array.from({ length: 9 }, () => []), ...RANGE]);
    const cli = importTable(whole.text, { source: { kind: "sheet", rows: whole.rows } });
    if (!cli.ok) throw new Error(cli.message);
    expect(cli.unread.map((u) => [u.line, u.code, lang === "en" ? u.reasonEn : u.reason])).toEqual(r.unread.map((u) => [u.line, u.code, lang === "en" ? u.reasonEn : u.reason]));
  });
});
