import type { LockState } from "../../cycle/applyLock";
import { lockFacts } from "../../cycle/lockFacts";
import { otherYearLockText } from "../../cycle/otherYearLockText";
import { t, type Lang } from "./i18n";

/**
 * What the pane's 校验 adds to its result line for a locked return, as `check`'s title and totals
 * say it: 已锁定（2025-02-20，王审核）, and 锁定后被改动 n 处 when values changed since (applyLock's
 * `changed`: edits and accepted values gone). "" when the return is not locked. A damaged
 * record has no date or reviewer: 已锁定 alone (its problem is listed with the others). The record
 * of another year (applyLock's `otherYear`) is said once: it does not apply (otherYearLockText).
 */
export function lockLine(lock: LockState, lang: Lang): string {
  if (!lock.locked) return lock.otherYear ? `${otherYearLockText(lock.otherYear, lang)}${lang === "zh" ? "。" : "."}` : "";
  const facts = lockFacts(lock, lang);
  return lock.changed > 0 ? t(lang, "msg.lockedChanged", { facts, n: lock.changed }) : t(lang, "msg.locked", { facts });
}
