import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatReport } from "../../src/cli/formatReport";
import { lockBlockersText } from "../../src/cli/lockBlockersText";
import { runLock } from "../../src/cli/runLock";
import { lockBlockers } from "../../src/cycle/lockBlockers";
import type { Issue } from "../../src/domain/Issue";
import type { Status } from "../../src/domain/Status";
import { emptyCounts } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";

/**
 * lock counts what blocks it in check's units (trial27a: "有 9 处错误" where check said 数据异常 7; the 9
 * were P10 twice, text and out of range, and S11 typed over): 数据异常 rows as check's totals count them,
 * status cells typed over named apart, and check says the same line under its totals.
 */
const issue = (code: Issue["code"], severity: Issue["severity"], cell: string): CheckItem["issues"][number] =>
  ({ code, severity, cell, sheet: "表1", message: code, messageEn: code });
const item = (id: string, status: Status, issues: CheckItem["issues"], sheet = "表1"): CheckItem => ({
  kind: "indicator", template: "t", id, name: id, unit: "%", sheet, baseline: "1", target: "2", cells: {}, statusCell: `S${id}`, status, progress: null, expected: null, issues,
});
const report = (items: CheckItem[]): CheckReport => {
  const counts = emptyCounts();
  for (const i of items) counts[i.status]++;
  return { year: 2026, reportingUnit: "菜园镇", templates: [], items, counts, problems: [] };
};

describe("lockBlockers: the errors that block lock, in check's units", () => {
  test.each<[string, CheckItem[], { invalid: number; overwritten: string[]; other: string[] }, string, string]>([
    ["one cell wrong two ways is one 数据异常 row", [item("10", "invalid", [issue("text_number", "error", "P10"), issue("percent_out_of_range", "error", "P10")])],
      { invalid: 1, overwritten: [], other: [] }, "数据异常 1 项", "Invalid data on 1 row"],
    ["trial27a P1b: 7 rows and S11 typed over", [
      ...["4", "6", "9", "10", "19", "21", "22"].map((r) => item(r, "invalid", [issue("text_number", "error", `P${r}`)])),
      item("11", "severe", [issue("status_overwritten", "error", "S11"), issue("lagging_no_note", "warning", "U11")]),
    ], { invalid: 7, overwritten: ["S11"], other: [] }, "数据异常 7 项、状态公式被改写 1 处（S11）", "Invalid data on 7 rows and 1 status cell typed over (S11)"],
    ["a value changed since the lock blocks nothing (a decision does)", [item("5", "on_track", [issue("locked_value_changed", "error", "P5")])],
      { invalid: 0, overwritten: [], other: [] }, "", ""],
    ["warnings block nothing", [item("5", "lagging", [issue("lagging_no_note", "warning", "U5")])], { invalid: 0, overwritten: [], other: [] }, "", ""],
    ["another error on a graded row: its cell, on its sheet when there are several", [item("3", "met", [issue("formula_error", "error", "T3")]), item("4", "met", [], "表2")],
      { invalid: 0, overwritten: [], other: ["表1!T3"] }, "其他错误 1 处（表1!T3）", "1 other error (表1!T3)"],
  ])("%s", (_why, items, counts, zh, en) => {
    const r = report(items);
    expect(lockBlockers(r)).toEqual(counts);
    expect([lockBlockersText(r, "zh"), lockBlockersText(r, "en")]).toEqual([zh, en]);
    // check says it under its totals line, in the same words; nothing when nothing blocks
    const [checkZh, checkEn] = [formatReport("a.xlsx", r, "zh"), formatReport("a.xlsx", r, "en")];
    // at the end of the totals line, which stays the table's last line
    const last = (t: string): string => t.split("\n").at(-1) ?? "";
    if (zh) expect([last(checkZh), last(checkEn)]).toEqual([expect.stringMatching(new RegExp(`^已达标 .*；不能锁定：${zh.replace(/[()（）]/g, ".")}$`)), expect.stringMatching(new RegExp(`^Met .*; cannot be locked: ${en.replace(/[()]/g, ".")}$`))]);
    else expect([checkZh, checkEn].join("\n")).not.toMatch(/不能锁定|cannot be locked/);
  });
});

describe("lock on the trial's return says what check's totals say", () => {
  const dir = mkdtempSync(join(tmpdir(), "lockBlockers-"));
  test.each<[string, "zh" | "en", RegExp]>([
    ["zh", "zh", /：数据异常 7 项、状态公式被改写 1 处（S11），未锁定；请先退回改正（第一处：/],
    ["en", "en", /: Invalid data on 7 rows and 1 status cell typed over \(S11\), not locked; /],
  ])("%s", async (_l, lang, said) => {
    const f = join(dir, `P1b-${lang}.xlsx`);
    copyFileSync(join(__dirname, "../fixtures/lock/trial27a-P1b.xlsx"), f);
    const before = readFileSync(f);
    const r = await runLock(f, { reviewer: "王审核", lang });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(said);
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);
});
