/**
 * trial42a F9: the pane's lock outlook on a return already locked and unchanged since said 可以锁定：审核人员锁定时不会拒绝这份
 * 填报…, with no word of the lock, and `lock` then locked it again, dated that day ("已重新锁定"): the day the reviewer
 * accepted it was lost for nothing changed. Now `lock` keeps such a lock (keptLock: its date and reviewer, said so), and
 * the outlook says 已锁定（date，reviewer），锁定后未改动. A return changed and reviewed since, or locked without review and
 * reviewed since, is locked again, dated now. On the old code the kept rows fail (re-dated, 可以锁定).
 */
import { readFileSync } from "node:fs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { runLock } from "../../src/cli/runLock";
import { lockOutlookLine } from "../../src/ui/shared/lockOutlookLine";
import { reviewPlan } from "../../src/ui/shared/summaryPlans";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { at, decide, edit, KEY, LOCKABLE, returnFile, run } from "../support/trialReturn";

const FIRST = new Date("2025-02-20T02:00:00Z");
const LATER = new Date("2025-03-05T02:00:00Z");
const r06 = { [KEY("r06")]: { decision: "已说明" } };

/** A LOCKABLE return, reviewed (`reviewed`: r06 已说明) or not, locked by 王审核 at FIRST; then `then` done to it. */
async function lockedAtFirst(reviewed: boolean, then: (f: string) => Promise<void> = async () => {}): Promise<string> {
  const f = await returnFile(LOCKABLE);
  if (reviewed) { await run("review", f); await decide(f, r06); }
  const r = await runLock(f, { reviewer: "王审核", now: FIRST });
  if (!r.ok) throw new Error(r.message);
  await then(f);
  return f;
}

/** The lock record's date-time and reviewer as check --json gives them. */
async function lockOf(f: string): Promise<{ lockedAt: string; reviewer: string; reviewed: boolean }> {
  return (JSON.parse(await run("check", f, "--json")) as { lock: { lockedAt: string; reviewer: string; reviewed: boolean } }).lock;
}

describe("lock of a return locked before", () => {
  test.each<[string, () => Promise<string>, boolean, { lockedAt: string; reviewer: string; reviewed: boolean }]>([
    ["unchanged since: the lock kept", () => lockedAtFirst(true), true, { lockedAt: FIRST.toISOString(), reviewer: "王审核", reviewed: true }],
    ["unchanged, locked without review: kept too", () => lockedAtFirst(false), true, { lockedAt: FIRST.toISOString(), reviewer: "王审核", reviewed: false }],
    ["a value changed and decided on since: locked again", () => lockedAtFirst(true, async (f) => {
      await edit(f, [at("r01", "in:2024", 95.6)]);
      await run("review", f);
      await decide(f, { [KEY("r01")]: { decision: "通过" } });
    }), false, { lockedAt: LATER.toISOString(), reviewer: "李审核", reviewed: true }],
    ["locked without review, reviewed since: locked again, reviewed", () => lockedAtFirst(false, async (f) => { await run("review", f); await decide(f, r06); }), false, { lockedAt: LATER.toISOString(), reviewer: "李审核", reviewed: true }],
  ])("%s", async (_n, make, kept, record) => {
    const f = await make();
    const r = await runLock(f, { reviewer: "李审核", now: LATER });
    if (!r.ok) throw new Error(r.message);
    expect({ kept: r.kept !== undefined, relocked: r.relocked }).toEqual({ kept, relocked: true });
    expect(await lockOf(f)).toMatchObject(record);
  }, 60000);

  test.each<[string[], RegExp]>([
    [[], /^\S+ 已锁定（2025-02-20，王审核），锁定后未改动：保留原锁定（日期、审核人不变），未重新锁定；2 张表的填报单元格已保护$/m],
    [["--lang", "en"], /^\S+ is locked \(2025-02-20, by 王审核\) and unchanged since: the original lock is kept \(its date and reviewer\), not locked again; the input cells of 2 sheets are protected$/m],
  ])("lock %j says it kept the lock", async (lang, says) => {
    const f = await lockedAtFirst(true);
    const out = await run("lock", f, "--reviewer", "李审核", ...lang);
    expect(out).toMatch(says);
    expect(out).not.toMatch(/已重新锁定|again:/);
  }, 60000);

  /**
   * s43: the kept lock still printed the 注意 line of a new lock (“注意：N 项未填报…，已按审核通过锁定，报送台账将显示“通过”；
   * 如未审核完，请撤销工作表保护…”): nothing was locked anew, so nothing is noted; the first lock notes them as before.
   */
  test.each<[string, boolean, string[], RegExp | null]>([
    ["the first lock notes its rows 待审核 and 未填报", false, [], /^注意：审核表中仍有 \d+ 行待审核[^\n]*已按审核通过锁定/m],
    ["the first lock, in English", false, ["--lang", "en"], /^Note: [^\n]*locked as accepted all the same/m],
    ["a kept lock notes nothing", true, [], null],
    ["a kept lock notes nothing, in English", true, ["--lang", "en"], null],
  ])("%s", async (_n, again, lang, note) => {
    const f = await returnFile(LOCKABLE);
    await run("review", f);
    await decide(f, r06);
    const first = await run("lock", f, "--reviewer", "王审核", ...lang);
    const out = again ? await run("lock", f, "--reviewer", "王审核", ...lang) : first;
    expect(out.trim().split("\n")).toHaveLength(note ? 2 : 1);
    if (note) expect(out).toMatch(note);
    else expect(out).not.toMatch(/注意|Note:/);
  }, 60000);
});

describe("the pane's lock outlook on a locked return", () => {
  test.each<[string, "zh" | "en", () => Promise<string>, "ok" | "noted" | "refused", RegExp]>([
    ["unchanged", "zh", () => lockedAtFirst(true), "ok", /^已锁定（2025-02-20，王审核），锁定后未改动：无须再次锁定（再次锁定也保留原锁定日期）。$/],
    ["unchanged", "en", () => lockedAtFirst(true), "ok", /^Locked \(2025-02-20, by 王审核\) and unchanged since: there is nothing to lock again \(locking it again keeps the original lock date\)\.$/],
    ["changed since", "zh", () => lockedAtFirst(true, (f) => edit(f, [at("r01", "in:2024", 95.6)])), "refused", /^不能锁定/],
  ])("生成审核表 and 校验, %s (%s)", async (_n, lang, make, tone, says) => {
    const grid = await readXlsxZip(readFileSync(await make()));
    const planned = reviewPlan(grid);
    if (!planned.ok) throw new Error("not planned");
    // 校验's reading: the check with its lock applied, as the pane's onCheck gives it
    const checked = lockedCheck(grid);
    if (!checked.ok) throw new Error("not checked");
    for (const out of [lockOutlookLine(planned.lock, lang), lockOutlookLine({ ...planned.lock, report: checked.report, lock: checked.lock }, lang)]) {
      expect({ tone: out.tone, says: says.test(out.text), text: out.text }).toEqual({ tone, says: true, text: out.text });
    }
  }, 60000);
});
