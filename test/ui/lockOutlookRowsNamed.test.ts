/**
 * Session 35's trials: the pane's 不能锁定 line names the first three rows of each reason (lockOutlookLine, NAMED),
 * and a reason over more rows said only 第 4、5、6 行等 / rows 4, 5, 6, … for 退回修改 and 待复核: not how many
 * there are. Each reason now says how many in all once it names fewer than there are, in either language (the
 * 人工评估 and changed-since-lock reasons said 等 N 项 / N in all already, and still do). On the old code the
 * 退回修改 and 待复核 rows of five failed (no count).
 */
import type { LockRefusal } from "../../src/cycle/lockRefusals";
import type { CheckReport } from "../../src/sheet/CheckReport";
import type { ReviewTally } from "../../src/cycle/reviewTally";
import { lockOutlookLine } from "../../src/ui/shared/lockOutlookLine";

/** lock_errors alone reads the report: the other reasons carry what they say */
const REPORT = { items: [], problems: [], counts: { missing: 0 } } as unknown as CheckReport;
/** a 审核 sheet with its decisions and nothing open: lock would note nothing */
const TALLY = { reviewed: true, decided: 1, open: 0, openRows: [], accepted: [] } as unknown as ReviewTally;
const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => 4 + i);
const unassessed = (n: number): LockRefusal => ({ code: "unassessed", rows: rows(n).map((r) => ({ sheet: "表2", cell: `L${r}`, name: `指标${r}`, written: "", item: `t|r${r}` })), passed: [] });
/** trial41e F6: a 退回修改 reason names each row with its indicator, as review's next step does */
const returned = (n: number): LockRefusal => ({ code: "returned", n, sheet: "审核", rows: rows(n), items: rows(n).map((r) => ({ sheet: "表2", cell: `K${r}`, name: `指标${r}`, row: r, marked: true })) });
/** s42: a 待复核 reason names each row with its indicator and the cell whose value changed, as the 退回修改 rows are named */
const stale = (n: number): LockRefusal => ({ code: "stale", n, sheet: "审核", rows: rows(n), items: rows(n).map((r) => ({ sheet: "表2", cell: `K${r}`, name: `指标${r}`, row: r, marked: true })), unmarked: 0, returned: [], rechecked: [] });
const changed = (n: number): LockRefusal => ({ code: "changed", changes: rows(n).map((r) => ({ sheet: "表2", cell: `K${r}`, name: `指标${r}`, was: "1", now: "2", field: "2024", row: r, marked: true })), rechecked: [], sheet: "审核" });

describe("不能锁定 names three rows of a reason, and says how many there are when it names fewer", () => {
  test.each<[string, LockRefusal, "zh" | "en", string, RegExp | null]>([
    ["退回修改, 2 rows: both named, no count", returned(2), "zh", "（第 4 行 指标4、第 5 行 指标5）", /等/],
    ["退回修改, 5 rows: three named, 5 in all", returned(5), "zh", "（第 4 行 指标4、第 5 行 指标5、第 6 行 指标6 等 5 条）", null],
    ["退回修改, 5 rows, in English", returned(5), "en", "(row 4 指标4; row 5 指标5; row 6 指标6; 5 in all)", /…/],
    ["退回修改 in the pane: its button, no command", returned(1), "zh", "请将本填报退回填报单位改正这些行；收到重新报送的文件后在新文件中点“带入上一版的审核结论”", /plan-returns/],
    ["退回修改 in the pane, in English", returned(1), "en", `send the return back to its unit to correct it; once the corrected file comes back, click "Carry decisions from the previous version" in the new file`, /plan-returns/],
    ["待复核, 3 rows: all named, no count", stale(3), "zh", "3 行待复核（第 4 行 指标4（表2!K4）、第 5 行 指标5（表2!K5）、第 6 行 指标6（表2!K6））", /等/],
    ["待复核, 7 rows: three named, 7 in all", stale(7), "zh", "（第 4 行 指标4（表2!K4）、第 5 行 指标5（表2!K5）、第 6 行 指标6（表2!K6） 等 7 行）", null],
    ["待复核, 7 rows, in English", stale(7), "en", "(row 4 指标4 (表2!K4); row 5 指标5 (表2!K5); row 6 指标6 (表2!K6); 7 in all)", /…/],
    ["待人工评估, 4 rows: three named, 4 in all", unassessed(4), "zh", "表2!L6 指标6 等 4 项）", null],
    ["待人工评估, 4 rows, in English", unassessed(4), "en", "表2!L6 指标6; 4 in all)", null],
    ["changed since the lock, 5: three named, 5 in all", changed(5), "zh", "（工作表「审核」第 6 行） 等 5 项）", /审核表第/],
    ["changed since the lock, 5, in English", changed(5), "en", "(sheet \"审核\" row 6); 5 in all)", /of the review sheet/],
  ])("%s", (_name, refusal, lang, says, never) => {
    const line = lockOutlookLine({ refusals: [refusal], report: REPORT, tally: TALLY }, lang).text;
    expect({ has: line.includes(says), line }).toEqual({ has: true, line });
    if (never) expect(line).not.toMatch(never);
  });
});
