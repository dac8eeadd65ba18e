import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatReport } from "../../src/cli/formatReport";
import { lockReading } from "../../src/cycle/lockReading";
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
const report = (items: CheckItem[], problems: CheckReport["problems"] = []): CheckReport => {
  const counts = emptyCounts();
  for (const i of items) counts[i.status]++;
  return { year: 2026, reportingUnit: "菜园镇", templates: [], items, counts, problems };
};
const BROKEN: CheckReport["problems"] = [{ code: "own_formulas_broken", params: { sheet: "表1", missing: "S14", found: "已达标", misread: "", rows: "14、15", count: 2 } }];

describe("lockBlockers: the errors that block lock, in check's units", () => {
  test.each<[string, CheckItem[], CheckReport["problems"], { invalid: number; overwritten: string[]; other: string[]; formulas?: Array<{ sheet: string; rows: number }>; sheetsMissing?: string[] }, string, string]>([
    ["one cell wrong two ways is one 数据异常 row", [item("10", "invalid", [issue("text_number", "error", "P10"), issue("percent_out_of_range", "error", "P10")])], [],
      { invalid: 1, overwritten: [], other: [] }, "数据异常 1 项", "Invalid data on 1 row"],
    ["trial27a P1b: 7 rows and S11 typed over", [
      ...["4", "6", "9", "10", "19", "21", "22"].map((r) => item(r, "invalid", [issue("text_number", "error", `P${r}`)])),
      item("11", "severe", [issue("status_overwritten", "error", "S11"), issue("lagging_no_note", "warning", "U11")]),
    ], [], { invalid: 7, overwritten: ["S11"], other: [] }, "数据异常 7 项、状态公式被改写 1 处（S11）", "Invalid data on 7 rows and 1 status cell typed over (S11)"],
    ["a value changed since the lock blocks nothing (a decision does)", [item("5", "on_track", [issue("locked_value_changed", "error", "P5")])], [],
      { invalid: 0, overwritten: [], other: [] }, "", ""],
    ["warnings block nothing", [item("5", "lagging", [issue("lagging_no_note", "warning", "U5")])], [], { invalid: 0, overwritten: [], other: [] }, "", ""],
    ["another error on a graded row: its cell, on its sheet when there are several", [item("3", "met", [issue("formula_error", "error", "T3")]), item("4", "met", [], "表2")], [],
      { invalid: 0, overwritten: [], other: ["表1!T3"] }, "其他错误 1 处（表1!T3）", "1 other error (表1!T3)"],
    ["a sheet whose own formulas no longer compute two rows: counted once by its rows, not once a row", [item("14", "met", []), item("15", "met", []), item("16", "invalid", [issue("text_number", "error", "P16")])], BROKEN,
      { invalid: 1, overwritten: [], other: [], formulas: [{ sheet: "表1", rows: 2 }] }, "数据异常 1 项、本工具的公式不再计算本行 2 行（工作表「表1」）",
      "Invalid data on 1 row and 2 rows whose own formulas no longer compute them (sheet \"表1\")"],
    ["a template whose sheet was deleted (session 32 trial: locked as 0 个填报单元格): named by its title", [item("3", "met", [])], [{ code: "template_sheet_missing", params: { id: "p", title: "项目清单" } }],
      { invalid: 0, overwritten: [], other: [], sheetsMissing: ["项目清单"] }, "工作表未找到 1 张（模板「项目清单」）", "1 template sheet not found (\"项目清单\")"],
  ])("%s", (_why, items, problems, counts, zh, en) => {
    const r = report(items, problems);
    expect(lockBlockers(r)).toEqual({ formulas: [], sheetsMissing: [], ...counts });
    expect([lockBlockersText(r, "zh"), lockBlockersText(r, "en")]).toEqual([zh, en]);
    // check says it under its totals line, in lock's words (lockReading: lock's own rule); nothing when nothing blocks
    const outlook = lockReading({ sheets: [], names: {} }, r);
    const [checkZh, checkEn] = (["zh", "en"] as const).map((lang) => formatReport("a.xlsx", r, lang, false, undefined, undefined, true, outlook));
    // the lines right under the totals line (a sheet's problem lines follow them)
    const under = (t: string): string[] => { const l = t.split("\n"); const i = l.findIndex((x) => /^(已达标|Met) /.test(x)); return l.slice(i + 1, i + 3); };
    if (zh) {
      expect(under(checkZh!)).toEqual(["不能锁定：plan-returns lock a.xlsx 会因以下 1 个原因拒绝锁定：", expect.stringMatching(new RegExp(`^ {2}1\\. ${zh.replace(/[()（）]/g, ".")}；请先改正（第一处：`))]);
      expect(under(checkEn!)).toEqual(["Cannot be locked yet: plan-returns lock a.xlsx would refuse it for 1 reason:", expect.stringMatching(new RegExp(`^ {2}1\\. ${en.replace(/[()]/g, ".")}; correct them first \\(the first: `))]);
    } else if (items.some((i) => i.issues.some((x) => x.code === "locked_value_changed"))) {
      // not an error lock counts, but a change since the lock no decision took in: lock refuses for that, and check says so
      expect(under(checkZh!)[1]).toMatch(/^ {2}1\. 有 1 处在锁定后被改动、改动后尚未审核/);
    } else expect([checkZh, checkEn].join("\n")).not.toMatch(/不能锁定|cannot be locked/i);
  });
});

describe("lock on the trial's return says what check's totals say", () => {
  const dir = mkdtempSync(join(tmpdir(), "lockBlockers-"));
  test.each<[string, "zh" | "en", RegExp]>([
    // S11 typed over, S14 pasted, T15 cleared: three rows whose own formulas are gone, S11 counted there once, not also as typed over
    ["zh", "zh", /：数据异常 7 项、本工具的公式不再计算本行 3 行（工作表「[^」]+」），未锁定；请先退回改正（第一处：/],
    ["en", "en", /: Invalid data on 7 rows and 3 rows whose own formulas no longer compute them \(sheet "[^"]+"\), not locked; /],
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
