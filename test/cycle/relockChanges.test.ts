/**
 * rev19: a value changed after the lock was locked again unseen. `review` now lists every change
 * since the lock as a row to decide (问题: 锁定时为「…」，现为「…」), and `lock` takes a change in only
 * once a decision of the list was made on it after the change, else refuses naming each cell. The
 * 待审核 rows lock leaves are named by row; a decision typed outside the list decides nothing; and
 * `check` says the return is locked and counts the changes on its totals line.
 */
import { copyFileSync, readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { cli } from "../support/cli";
import { at, decide, edit, KEY, LOCKABLE, lockedReturnFile, returnFile, reviewRows, run } from "../support/trialReturn";

const WHO = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 20)) };
const LATER = { date: new Date(Date.UTC(2025, 2, 1)) };
// r01 (row 4) 已达标, never flagged, so undecided; r06 (row 9) 严重滞后, decided 已说明 before the lock
const CHANGES = [at("r01", "in:2023", 94.8), at("r06", "note", "改了说明")];

/** A return reviewed (r06 已说明), locked, then edited by the county in K4 (r01, undecided) and P9 (r06's 说明). */
async function editedAfterLock(): Promise<string> {
  const f = await lockedReturnFile({ decisions: { [KEY("r06")]: { decision: "已说明", ...WHO } } });
  await edit(f, CHANGES);
  return f;
}

/** A copy of `f`, so each case starts from the same file. */
let copies = 0;
const copy = (f: string): string => { const g = f.replace(/\.xlsx$/, `-${++copies}.xlsx`); copyFileSync(f, g); return g; };

describe("a change since the lock is a row to decide, and lock takes it in only once decided (rev19 items 1, 2)", () => {
  let edited = "";
  beforeAll(async () => { edited = await editedAfterLock(); }, 120000);

  test("review lists both changes: the undecided row 待审核, the decided one 待复核, each 问题 giving the value when locked and now", async () => {
    const f = copy(edited);
    await run("review", f);
    const rows = await reviewRows(f);
    // 位置 is the row's reporting-year cell, as check lists it; 问题 names the changed cell K4 (dev34a, trial33 T12)
    expect(rows.get(KEY("r01"))).toMatchObject({ cell: "L4", flag: "是", review: "待审核", issue: expect.stringContaining("锁定时为「94.6」，现为「94.8」") });
    expect(rows.get(KEY("r01"))?.issue).toContain("K4");
    expect(rows.get(KEY("r06"))).toMatchObject({ review: "待复核", issue: expect.stringContaining("P9：本填报已审核通过并锁定") });
  }, 60000);

  test.each<[string, Record<string, Record<string, ExcelJS.CellValue>>, "zh" | "en", RegExp[]]>([
    ["nothing decided since the change, review not run", {}, "zh",
      [/：有 2 处在锁定后被改动、改动后尚未审核（[^!]+!K4 农村自来水普及率 锁定时为「94\.6」，现为「94\.8」（工作表「审核」第 4 行）、[^!]+!P9 农田灌溉水有效利用系数 锁定时为「受干旱影响，部分灌区节水改造工程推迟至2025年完工」，现为「改了说明」（工作表「审核」第 9 行）），未锁定；/,
        /请先运行 plan-returns review \S+ 更新审核表/]],
    // the trial's kc-v7: the decided rows re-dated, the undecided one left: 已重新锁定 took K4 in
    ["only the decided row re-dated", { [KEY("r06")]: LATER }, "zh", [/：有 1 处在锁定后被改动、改动后尚未审核（[^!]+!K4 农村自来水普及率 锁定时为「94\.6」，现为「94\.8」（工作表「审核」第 4 行）），未锁定/]],
    ["a word outside the list on the changed row", { [KEY("r06")]: LATER, [KEY("r01")]: { decision: "同意", ...LATER } }, "zh", [/有 1 处在锁定后被改动、改动后尚未审核（[^!]+!K4 /]],
    ["only the decided row re-dated, in English", { [KEY("r06")]: LATER }, "en",
      [/: 1 value changed after the lock and not reviewed since \([^!]+!K4 农村自来水普及率 "94\.6" when locked, now "94\.8" \(sheet "审核" row 4\)\), not locked; /, /choose 通过 \(accept\) or 已说明 \(explained\)/]],
  ])("lock refuses (exit 5, the file unchanged): %s", async (name, decisions, lang, says) => {
    const f = copy(edited);
    if (Object.keys(decisions).length) {
      await run("review", f);
      await decide(f, decisions);
    }
    const before = readFileSync(f);
    const r = await cli("lock", f, "--lang", lang);
    expect([r.code, r.out]).toEqual([5, ""]);
    for (const say of says) expect(r.err).toMatch(say);
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);

  test("both rows decided after the change: locked again, the new values taken in, check clean", async () => {
    const f = copy(edited);
    await run("review", f);
    await decide(f, { [KEY("r06")]: LATER, [KEY("r01")]: { decision: "通过", ...WHO, ...LATER } });
    expect(await run("lock", f)).toMatch(/^已重新锁定 /);
    const c = JSON.parse(await run("check", f, "--json")) as { items: Array<{ issues: Array<{ code: string }> }> };
    expect(c.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed")).toEqual([]);
  }, 60000);
});

describe("lock's note counts the rows the 审核 sheet shows 待审核, and names them (rev19 item 2)", () => {
  test.each<["zh" | "en", RegExp]>([
    ["zh", /^注意：审核表中仍有 12 行待审核（工作表「审核」第 5 行 新增水利工程投资（累计）、.* 等 12 行），另有 1 项须审核、审核表尚未列出（[^!]+!L4 农村自来水普及率；运行 plan-returns review 更新审核表即列出），12 项未填报/m],
    ["en", /^Note: 12 rows of the review sheet are still 待审核 \(not decided\) \(sheet "审核" row 5 新增水利工程投资（累计）; .*; 12 in all\) and 1 more row to review is not listed on the review sheet yet \([^!]+!L4 农村自来水普及率; run plan-returns review to list them\)/m],
  ])("%s: a row flagged after review last ran (its value cleared) is said apart, by cell", async (lang, note) => {
    const f = await returnFile(LOCKABLE);
    await run("review", f);
    await decide(f, { [KEY("r06")]: { decision: "已说明", ...WHO } });
    await edit(f, [at("r01", "in:2024", null)]);
    expect(await run("lock", f, "--lang", lang)).toMatch(note);
  }, 60000);
});

describe("check says the return is locked and counts the changes since (rev19 item 3)", () => {
  test.each<["zh" | "en", RegExp, RegExp]>([
    ["zh", /，共 15 项，已锁定（\d{4}-\d\d-\d\d，王审核）$/, / {2}不适用 1 {2}锁定后被改动 2$/],
    ["en", /, 15 items, locked \(\d{4}-\d\d-\d\d, by 王审核\)$/, / {2}Not applicable 1 {2}Changed after the lock 2$/],
  ])("%s: the title and the totals line", async (lang, title, totals) => {
    const f = await editedAfterLock();
    const lines = (await run("check", f, "--lang", lang)).trimEnd().split("\n");
    expect(lines[0]).toMatch(title);
    // the totals line, then what lock would refuse the return for (trial36 T2): the 2 changes no decision took in
    const refused = lines.findIndex((l) => /^(不能锁定：|Cannot be locked yet: )/.test(l));
    expect(lines[refused - 1]).toMatch(totals);
    expect(lines[refused + 1]).toMatch(/^ {2}1\. (有 2 处在锁定后被改动|1 value and 1 note \(说明\) changed after the lock)/);
  }, 60000);
});

describe("a 审核结论 typed outside the list decides nothing (rev19 item 5)", () => {
  test.each<["zh" | "en", RegExp]>([
    ["zh", /^注意：审核!M9 的审核结论「同意」不在列表中（通过、退回修改、已说明），按未审核计/m],
    ["en", /^Note: the 审核结论 \(decision\) "同意" in 审核!M9 is not one of the list \(通过, 退回修改, 已说明\), so the row counts as not decided/m],
  ])("%s: review names the cell and the list, the row is 待审核, and lock names it among the rows still 待审核", async (lang, said) => {
    const f = await returnFile(LOCKABLE);
    await run("review", f);
    // as openpyxl writes it: the sheet's validation never runs
    await decide(f, { [KEY("r06")]: { decision: "同意", ...WHO } });
    expect(await run("review", f, "--lang", lang)).toMatch(said);
    expect((await reviewRows(f)).get(KEY("r06"))).toMatchObject({ decision: "同意", review: "待审核" });
    // the 11 rows 未填报, r13 (河长制工作: its 人工评估 to confirm, trial35 X1) and r06, whose 同意 decided nothing
    expect(await run("lock", f)).toMatch(/注意：审核表中仍有 13 行待审核（工作表「审核」第 5 行 新增水利工程投资（累计）、.*第 9 行 农田灌溉水有效利用系数、.* 等 13 行）/);
  }, 60000);
});
