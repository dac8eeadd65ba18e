/**
 * lockpane20: the pane's 生成审核表 and 校验 apply the lock record as the CLI's `review` and
 * `check` do. A return reviewed and locked by the CLI (runLock), then edited, is opened in the
 * fake Excel: 生成审核表 (summaryActions → excelActions → src/hosts/office) writes the same rows
 * as `review` writes into the same file (same cells, same 问题 锁定时为「…」，现为「…」), and 校验
 * (lockedCheck) tells the lock and its changes as `check`'s title and totals do.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { readWorkbookGrid } from "../../src/hosts/office";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { excelActions } from "../../src/ui/shared/excelActions";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { lockLine } from "../../src/ui/shared/lockLine";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { makeReview } from "../../src/ui/shared/summaryActions";
import { at, edit, KEY, lockedReturnFile, reviewRows, reviewRowsOf, run } from "../support/trialReturn";
import { cli } from "../support/cli";
import { openFileInFake } from "./openFileInFake";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";
import { lockDay } from "../../src/cycle/lockDay";

const WHO = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 20)) };
// r01 (row 4) 已达标, never flagged, so undecided; r06 (row 9) 严重滞后, decided 已说明 before the lock

/** A return reviewed (r06 已说明) and locked by the CLI, as a file to copy for each case. */
let locked = "";
beforeAll(async () => {
  locked = await lockedReturnFile({ decisions: { [KEY("r06")]: { decision: "已说明", ...WHO } } });
}, 120000);
afterAll(unstubExcelRun);

let copies = 0;
/** A copy of the locked return with `changes` made the way a person does (ExcelJS). */
async function changed(changes: InputEntry[]): Promise<string> {
  const f = locked.replace(/\.xlsx$/, `-pane${++copies}.xlsx`);
  copyFileSync(locked, f);
  if (changes.length) await edit(f, changes);
  return f;
}

describe("生成审核表 in Excel (fake) on a return locked by the CLI and changed since: the rows `review` writes", () => {
  test.each<[string, InputEntry[], Record<string, RegExp>]>([
    ["nothing changed: no row for the lock", [], {}],
    ["an undecided value changed (K4)", [at("r01", "in:2023", 94.8)], { [KEY("r01")]: /锁定时为「94\.6」，现为「94\.8」/ }],
    ["the 说明 of a row decided 已说明 before the lock (P9)", [at("r06", "note", "改了说明")], { [KEY("r06")]: /P9：本填报已审核通过并锁定.*现为「改了说明」/ }],
    ["both, and a value emptied", [at("r01", "in:2023", 94.8), at("r06", "note", "改了说明"), at("r01", "in:2022", null)], { [KEY("r01")]: /锁定时为「93\.8」，现为（空）/, [KEY("r06")]: /现为「改了说明」/ }],
  ])("%s", async (_, changes, issues) => {
    const f = await changed(changes);
    const fx = (await openFileInFake(readFileSync(f)));
    stubExcelRun(fx.context);
    const out = await makeReview(excelActions(hostFunctions(fx.isSetSupported)), "zh");
    expect(out).toMatchObject({ ok: true, replaced: true });
    const pane = reviewRowsOf(await readWorkbookGrid(fx.context));

    await run("review", f);
    const cli = await reviewRows(f);
    // every row and every column the same: cell, 问题, 复核状态, the hidden basis
    expect([...pane.entries()]).toEqual([...cli.entries()]);
    for (const [key, issue] of Object.entries(issues)) expect(pane.get(key)?.["issue"]).toMatch(issue);
    if (Object.keys(issues).length === 0) expect([...pane.values()].map((r) => r["issue"] ?? "").join("\n")).not.toContain("锁定");
    // the pane lists the changed rows as to decide
    if (out.ok) for (const key of Object.keys(issues)) expect(out.toDo.map((d) => d.cell)).toContain(pane.get(key)?.["cell"]);
  }, 60000);
});

describe("校验 in the pane says the lock as `check` does", () => {
  test.each<[string, InputEntry[], string, string]>([
    ["intact", [], "已锁定（", "Locked ("],
    ["two changes", [at("r01", "in:2023", 94.8), at("r06", "note", "改了说明")], "锁定后被改动 2 处", "2 values changed since the lock"],
  ])("%s", async (_, changes, zh, en) => {
    const f = await changed(changes);
    const fx = (await openFileInFake(readFileSync(f)));
    const out = lockedCheck(await readWorkbookGrid(fx.context));
    if (!out.ok) throw new Error(out.message);
    const check = await cli("check", f);
    // the same changes, and the same number on check's totals line
    expect(out.lock).toMatchObject({ locked: true, changed: changes.length, reviewer: "王审核", intact: changes.length === 0 });
    if (changes.length) expect(check.out).toContain(`锁定后被改动 ${changes.length}`);
    expect(check.out).toContain(`已锁定（${out.lock.locked ? lockDay(out.lock.lockedAt) : ""}，王审核）`);
    expect(lockLine(out.lock, "zh")).toContain(zh);
    expect(lockLine(out.lock, "en")).toContain(en);
    expect(out.report.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed")).toHaveLength(changes.length);
  }, 60000);
});

describe("lockLine", () => {
  test.each<[string, Parameters<typeof lockLine>[0], string, string]>([
    ["not locked", { locked: false }, "", ""],
    ["intact", { locked: true, intact: true, changed: 0, lockedAt: "2025-02-20T08:00:00.000Z", reviewer: "王审核" }, "已锁定（2025-02-20，王审核）。", "Locked (2025-02-20, by 王审核)."],
    ["no reviewer", { locked: true, intact: true, changed: 0, lockedAt: "2025-02-20T08:00:00.000Z", reviewer: "" }, "已锁定（2025-02-20）。", "Locked (2025-02-20)."],
    ["changed", { locked: true, intact: false, changed: 3, lockedAt: "2025-02-20T08:00:00.000Z", reviewer: "王审核" }, "已锁定（2025-02-20，王审核），锁定后被改动 3 处，请审核人员复核：接受的在审核表中选“通过”或“已说明”（结论不变的，在该行的审核意见里添上“已复核”或改审核日期），不接受的选“退回修改”。",
      "Locked (2025-02-20, by 王审核); 3 values changed since the lock, for the reviewer to re-check: accept each with 通过 (accept) or 已说明 (explained) on the review sheet (where the decision stands, add 已复核 (re-checked) to that row's 审核意见 (comment), or change its 审核日期 (review date)), or send it back with 退回修改 (send back)."],
    ["a damaged record", { locked: true, intact: false, changed: 0, lockedAt: "", reviewer: "" }, "已锁定。", "Locked."],
  ])("%s", (_, lock, zh, en) => {
    expect(lockLine(lock, "zh")).toBe(zh);
    expect(lockLine(lock, "en")).toBe(en);
  });
});
