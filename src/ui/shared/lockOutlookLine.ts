import { isReviewed } from "../../cycle/isReviewed";
import type { LockReading } from "../../cycle/lockReading";
import type { LockRefusal } from "../../cycle/lockRefusals";
import { hasLockNotes } from "../../cycle/hasLockNotes";
import { lockNotes } from "../../cycle/lockNotes";
import { keptLock } from "../../cycle/keptLock";
import { lockFacts } from "../../cycle/lockFacts";
import { cycleMessage } from "../../cli/cycleMessages";
import { lockBlockersText } from "../../cli/lockBlockersText";
import { lockNoteParams } from "../../cli/lockNoteParams";
import { lockRefusalLine } from "../../cli/lockRefusalLine";
import { t, type Lang } from "./i18n";

/** How many rows a reason names before it says only how many there are: fewer than lock's 10 (runLock LAGS_NAMED), in a narrow pane. */
const NAMED = 3;

/**
 * The pane's outlook on the lock: `text` its one line, `tone` how it is edged — `ok` green (lock would lock it and say
 * nothing more), `noted` amber (it would lock it, with a 注意), `refused` red. The same words in parts, as the pane
 * shows them: `head` (不能锁定：…拒绝：, or the whole line), `items` the numbered reasons, what to do, one item each
 * ([] unless refused), `rest` what lock would note all the same (另：…, or 可以锁定's notes under `head` 可以锁定，但锁定时会提示：;
 * "" when nothing): at 320 px the one line ran to 17 lines and the reviewer's to-do was below the fold (trial40e F2); the pane
 * folds `items` and `rest` under `head` (trial46b F3).
 */
export interface LockOutlook { text: string; tone: "ok" | "noted" | "refused"; head: string; items: string[]; rest: string }

/**
 * The pane's one line on whether the reviewer's lock (`plan-returns lock`) would lock the open return, after 生成审核表
 * and after 校验, from `reading` (lockReading, the one reading for both and for lock): 不能锁定… with each reason lock
 * would refuse it for (lockRefusals) numbered, in lock's own words (lockRefusalLine, as `review` lists them) but for
 * the errors, which a pane user corrects in the cells 校验 lists (trial39b F2: 退回 and the CLI were named to the
 * filer), each naming NAMED rows and how many in all, then what lock would note all the same (lock_would_note); or
 * 可以锁定, with what lock would say once locked (lockNotes: rows 未填报, lags without 说明, rows 待审核, no decision
 * on the 审核 sheet: lock_notes), bare only when it would say nothing (trial39b F1: a blank return read 可以锁定 in
 * green); 已锁定（date，reviewer），锁定后未改动 where lock would keep the return's lock as it is (keptLock, with `reading.lock`:
 * trial42a F9 read 可以锁定 on a locked, unchanged return). No reason asks for `review` to be run first: the pane's own way to mark each 待复核 row and each change since
 * a lock on the 审核 sheet is 生成审核表, which has just run or is beside 校验's result. Source: docs/cli-reference.md (lock).
 */
export function lockOutlookLine(reading: Pick<LockReading, "report" | "tally" | "refusals" | "lock"> & { unassessed?: LockReading["unassessed"] }, lang: Lang): LockOutlook {
  const { report, tally, refusals } = reading;
  // locked, unchanged since: lock would keep that lock as it is (keptLock), so there is nothing to lock (trial42a F9)
  const kept = keptLock(reading.lock, tally, refusals);
  if (kept) {
    const text = t(lang, "review.lockKept", { facts: lockFacts(kept, lang) });
    return { text, tone: "ok", head: text, items: [], rest: "" };
  }
  const notes = lockNotes(report, tally, reading.unassessed ?? [], (code, p) => cycleMessage(code, p, lang), lang, NAMED);
  const noted = hasLockNotes(notes);
  const params = { ...lockNoteParams(notes, lang === "en" ? "; " : "、"), reviewed: isReviewed(tally) ? 1 : 0 };
  if (refusals.length === 0) {
    if (!noted && params.reviewed === 1) {
      const text = t(lang, "review.lockOk");
      return { text, tone: "ok", head: text, items: [], rest: "" };
    }
    const said = cycleMessage("lock_notes", params, lang);
    // the head alone folds the notes under it (trial46b F3)
    return { text: t(lang, "review.lockNoted", { notes: said }), tone: "noted", head: t(lang, "review.lockNotedHead"), items: [], rest: `${said}${lang === "en" ? "." : "。"}` };
  }
  const marked = (x: LockRefusal): LockRefusal =>
    x.code === "stale" ? { ...x, unmarked: 0 } : x.code === "changed" ? { ...x, changes: x.changes.map((c) => ({ ...c, marked: true })) } : x;
  const line = (x: LockRefusal): string =>
    x.code === "errors" ? t(lang, "review.lockErrors", { what: lockBlockersText(report, lang) }) : lockRefusalLine(marked(x), { file: "", report, named: NAMED, lang }, 1);
  const reasons = refusals.map((x, i) => `${i + 1}. ${line(x)}`);
  const also = noted ? [`${cycleMessage("lock_would_note", params, lang)}${lang === "en" ? "." : "。"}`] : [];
  const text = [t(lang, "review.lockRefused", { n: refusals.length, reasons: reasons.join(lang === "en" ? " " : "") }), ...also].join(lang === "en" ? ". " : "。");
  // each reason an ended sentence of its own, the 另：… after them
  const end = lang === "en" ? "." : "。";
  const items = reasons.map((x) => (x.endsWith(end) ? x : `${x}${end}`));
  return { text, tone: "refused", head: t(lang, "review.lockRefused", { n: refusals.length, reasons: "" }).trim(), items, rest: also.join("") };
}
