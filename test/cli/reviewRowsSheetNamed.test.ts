/**
 * trial45: the next step after check, review and lock said 「第 21 行」 without a sheet, in a return of several (the indicator
 * sheet, 审核, 填报说明): a newcomer looked for row 21 of the indicator sheet. A line that names rows of the 审核 sheet now names
 * the sheet as check names a sheet's rows (工作表「审核」第 21 行, sheet "审核" row 21), once, before its first row, unless the
 * line has named it already (审核表「审核」中有…, 在「审核」表的…). On the old code these lines said 第 21 行 / row 21 bare.
 */
import type { LockRefusal } from "../../src/cycle/lockRefusals";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { lockRefusalLine } from "../../src/cli/lockRefusalLine";
import { lockNotes } from "../../src/cycle/lockNotes";
import { acceptedErrorLine } from "../../src/cli/acceptedErrorLine";
import type { ReviewTally } from "../../src/cycle/reviewTally";

const REPORT = { year: 2024, items: [], problems: [], counts: { missing: 0 } } as unknown as CheckReport;
const row = (r: number): { sheet: string; cell: string; name: string; row: number; marked: boolean } => ({ sheet: "衢州市主要指标目标表", cell: `K${r}`, name: `指标${r}`, row: r, marked: true });

describe("rows of the 审核 sheet are named with the sheet", () => {
  test.each<[string, "zh" | "en", string]>([
    ["zh", "zh", "工作表「审核」第 21 行 指标21"],
    ["en", "en", 'sheet "审核" row 21 指标21'],
  ])("lock_open_row with its sheet (%s)", (_d, lang, text) => {
    expect(cycleMessage("lock_open_row", { row: 21, name: "指标21", review: "审核" }, lang)).toBe(text);
  });

  test.each<[string, "zh" | "en", RegExp]>([
    ["zh", "zh", /^下一步：2 条审核结论为“退回修改”（工作表「审核」第 21 行 指标21、第 23 行 指标23），/],
    ["en", "en", /^Next: 2 rows are decided 退回修改 \(send back\) \(sheet "审核" row 21 指标21; row 23 指标23\): /],
  ])("review's send-back step (%s)", (_d, lang, text) => {
    const rows = [21, 23].map((r, i) => cycleMessage("lock_open_row", { row: r, name: `指标${r}`, review: i === 0 ? "审核" : "" }, lang));
    expect(cycleMessage("review_next_return", { n: 2, rows: rows.join(lang === "en" ? "; " : "、"), shown: 2, file: "a.xlsx" }, lang)).toMatch(text);
  });

  test.each<[string, "zh" | "en", RegExp]>([
    ["zh", "zh", /；工作表「审核」第 21 行审核意见里原有的“已复核”不算这次复核/],
    ["en", "en", /; sheet "审核" row 21: the 已复核 \(re-checked\) already in the 审核意见/],
  ])("lock_changed's rows already 已复核 (%s)", (_d, lang, text) => {
    const x: LockRefusal = { code: "changed", changes: [{ sheet: "衢州市主要指标目标表", cell: "K21", name: "指标21", was: "1", now: "2", field: "2024", row: 21, marked: true }], rechecked: [21], sheet: "审核" };
    expect(lockRefusalLine(x, { file: "a.xlsx", report: REPORT, lang, named: 10 }, 0)).toMatch(text);
  });

  test.each<[string, "zh" | "en", string[]]>([
    ["zh", "zh", ["工作表「审核」第 21 行 指标21", "第 23 行 指标23"]],
    ["en", "en", ['sheet "审核" row 21 指标21', "row 23 指标23"]],
  ])("lock's note on the rows still 待审核 (%s)", (_d, lang, rows) => {
    const t = { reviewed: true, openRows: [row(21), row(23)], accepted: [], unreviewed: [], sheet: "审核" } as unknown as ReviewTally;
    const notes = lockNotes(REPORT, t, [], (code, p) => cycleMessage(code, p, lang), lang, 10);
    expect(notes.openRows).toEqual(rows);
  });

  // s46: lock_changed's own rows and review's 通过-on-an-error line still said 审核表第 N 行 / row N of the review sheet; each
  // now names the sheet by its name (审核(2) beside a sheet of the person's own called 审核). lock_changed's rows each name it,
  // since each follows a cell of the indicator sheet, where a bare 第 22 行 reads as that sheet's.
  const changed = (rows: number[], sheet: string): LockRefusal => ({ code: "changed", changes: rows.map((r) => ({ sheet: "衢州市主要指标目标表", cell: `K${r}`, name: `指标${r}`, was: "1", now: "2", field: "2024", row: r, marked: r > 0 })), rechecked: [], sheet });
  test.each<[string, LockRefusal, "zh" | "en", string]>([
    ["zh", changed([21, 22], "审核"), "zh", "衢州市主要指标目标表!K21 指标21 锁定时为「1」，现为「2」（工作表「审核」第 21 行）、衢州市主要指标目标表!K22 指标22 锁定时为「1」，现为「2」（工作表「审核」第 22 行）"],
    ["en", changed([21, 22], "审核"), "en", '衢州市主要指标目标表!K21 指标21 "1" when locked, now "2" (sheet "审核" row 21); 衢州市主要指标目标表!K22 指标22 "1" when locked, now "2" (sheet "审核" row 22)'],
    ["zh, 审核(2)", changed([21], "审核(2)"), "zh", "现为「2」（工作表「审核(2)」第 21 行）"],
    ["en, 审核(2)", changed([21], "审核(2)"), "en", 'now "2" (sheet "审核(2)" row 21)'],
    ["zh, not on the sheet yet", changed([0], "审核(2)"), "zh", "现为「2」（工作表「审核(2)」尚无此行）"],
    ["en, not on the sheet yet", changed([0], "审核(2)"), "en", 'now "2" (not on sheet "审核(2)" yet)'],
  ])("lock_changed's rows (%s)", (_d, x, lang, text) => {
    const line = lockRefusalLine(x, { file: "a.xlsx", report: REPORT, lang, named: 10 }, 0);
    expect(line).toContain(text);
    expect(line).not.toMatch(/审核表第|of the review sheet/);
  });

  test.each<[string, string, "zh" | "en", string]>([
    ["zh", "审核", "zh", "注意：工作表「审核」第 24 行（衢州市主要指标目标表!K24 指标24）的审核结论为“通过”，但该格仍有 1 处错误"],
    ["en", "审核", "en", 'Note: sheet "审核" row 24 (衢州市主要指标目标表!K24 指标24) is decided "通过" but the cell still has 1 error'],
    ["zh, 审核(2)", "审核(2)", "zh", "注意：工作表「审核(2)」第 24 行（"],
    ["en, 审核(2)", "审核(2)", "en", 'Note: sheet "审核(2)" row 24 ('],
  ])("review's line on 通过 over an error (%s)", (_d, review, lang, text) => {
    const line = acceptedErrorLine({ decision: "通过", sheet: "衢州市主要指标目标表", cell: "K24", name: "指标24", errors: 1, row: 24 }, review, lang);
    expect(line).toContain(text);
  });
});
