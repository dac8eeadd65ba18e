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
const changed = (n: number): LockRefusal => ({ code: "changed", changes: rows(n).map((r) => ({ sheet: "表2", cell: `K${r}`, name: `指标${r}`, was: "1", now: "2", row: r, marked: true })) });

describe("不能锁定 names three rows of a reason, and says how many there are when it names fewer", () => {
  test.each<[string, LockRefusal, "zh" | "en", string, RegExp | null]>([
    ["退回修改, 2 rows: both named, no count", { code: "returned", n: 2, sheet: "审核", rows: rows(2), items: [] }, "zh", "（第 4、5 行）", /行等/],
    ["退回修改, 5 rows: three named, 5 in all", { code: "returned", n: 5, sheet: "审核", rows: rows(5), items: [] }, "zh", "（第 4、5、6 行等 5 行）", null],
    ["退回修改, 5 rows, in English", { code: "returned", n: 5, sheet: "审核", rows: rows(5), items: [] }, "en", "(rows 4, 5, 6; 5 in all)", /…/],
    ["待复核, 3 rows: all named, no count", { code: "stale", n: 3, sheet: "审核", rows: rows(3), unmarked: 0, returned: [] }, "zh", "（第 4、5、6 行）", /行等/],
    ["待复核, 7 rows: three named, 7 in all", { code: "stale", n: 7, sheet: "审核", rows: rows(7), unmarked: 0, returned: [] }, "zh", "（第 4、5、6 行等 7 行）", null],
    ["待复核, 7 rows, in English", { code: "stale", n: 7, sheet: "审核", rows: rows(7), unmarked: 0, returned: [] }, "en", "(rows 4, 5, 6; 7 in all)", /…/],
    ["待人工评估, 4 rows: three named, 4 in all", unassessed(4), "zh", "表2!L6 指标6 等 4 项）", null],
    ["待人工评估, 4 rows, in English", unassessed(4), "en", "表2!L6 指标6; 4 in all)", null],
    ["changed since the lock, 5: three named, 5 in all", changed(5), "zh", "（审核表第 6 行） 等 5 项）", null],
    ["changed since the lock, 5, in English", changed(5), "en", "(row 6 of the review sheet); 5 in all)", null],
  ])("%s", (_name, refusal, lang, says, never) => {
    const line = lockOutlookLine({ refusals: [refusal], report: REPORT, tally: TALLY }, lang).text;
    expect({ has: line.includes(says), line }).toEqual({ has: true, line });
    if (never) expect(line).not.toMatch(never);
  });
});
