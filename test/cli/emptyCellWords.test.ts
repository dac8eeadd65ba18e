/**
 * trJ item 5: the lines about a locked return wrote an empty cell as 「空」 (a word typed, by the look
 * of it) where the 数值变化 column and the import's lines write （空）; now every one writes （空） /
 * (empty), unquoted (domain/quotedValue). And lock's English refusal counted a changed 说明 among
 * "values changed": it says values and notes.
 */
import { cycleMessage } from "../../src/cli/cycleMessages";
import { resubmissionMessage } from "../../src/cli/resubmissionMessages";
import { describeIssue } from "../../src/domain/describeIssue";
import { lockedChangesNote } from "../../src/ui/shared/lockedChangesNote";

const row = { sheet: "表1", cell: "K4", name: "农村自来水普及率", row: 4, review: "审核" };
const emptied = { ...row, was: "94.6", now: "" };
const filled = { ...row, was: "", now: "3" };
const issue = (expected: string, received: string) => ({ code: "locked_value_changed" as const, severity: "error" as const, expected, received, params: { lockedAt: "2025-02-20T00:00:00Z" } });
const change = { template: "t", id: "r01", sheet: "表1", cell: "K4", name: "农村自来水普及率", field: "2024" };

describe("an empty cell is （空） / (empty) in every line about a locked return (trJ item 5)", () => {
  test.each<[string, string, string]>([
    ["lock_changed_row, emptied", cycleMessage("lock_changed_row", emptied, "zh"), "锁定时为「94.6」，现为（空）（工作表「审核」第 4 行）"],
    ["lock_changed_row, filled, English", cycleMessage("lock_changed_row", filled, "en"), '(empty) when locked, now "3" (sheet "审核" row 4'],
    ["locked_change (report, rollover), emptied", cycleMessage("locked_change", emptied, "zh"), "锁定时为「94.6」，现为（空）"],
    ["locked_change, English", cycleMessage("locked_change", emptied, "en"), '"94.6" when locked, now (empty)'],
    ["the issue locked_value_changed (check, review's 问题)", describeIssue(issue("94.6", ""), "zh"), "锁定时为「94.6」，现为（空）："],
    ["the issue, English", describeIssue(issue("", "3"), "en"), 'with (empty); it now holds "3"'],
    ["the pane's 生成评估 note", lockedChangesNote([{ ...change, was: "", now: "3" }], "zh"), "锁定时为（空），现为「3」"],
    ["the pane's note, English", lockedChangesNote([{ ...change, was: "95.5", now: "" }], "en"), '"95.5" when locked, now (empty)'],
    ["diff: a blank 填报单位", resubmissionMessage("diff_units_differ", { a: "", b: "青山县" }, "zh"), "（（空） / 青山县）"],
  ])("%s", (_, said, part) => {
    expect(said).toContain(part);
    expect(said).not.toMatch(/「空」|"empty"|\bblank\b/);
  });
});

// trial42d F6: one value and one 说明 were "2 values and notes (说明, 人工评估)": each kind is counted
describe("lock's English refusal counts values, notes and assessments, each by its kind (trJ item 5)", () => {
  test.each<[number, number, number, string]>([
    [1, 0, 0, ": 1 value changed after the lock"],
    [2, 0, 0, ": 2 values changed after the lock"],
    [1, 1, 0, ": 1 value and 1 note (说明) changed after the lock"],
    [0, 1, 0, ": 1 note (说明) changed after the lock"],
    [3, 2, 1, ": 3 values, 2 notes (说明) and 1 assessment (人工评估) changed after the lock"],
  ])("%s values, %s notes, %s assessments", (values, notes, assess, part) => {
    const n = values + notes + assess;
    expect(cycleMessage("lock_changed", { file: "a.xlsx", n, rows: "…", shown: n, unmarked: 0, values, notes, assess }, "en")).toContain(part);
  });
});
