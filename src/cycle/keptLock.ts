import type { LockState } from "./applyLock";
import { isReviewed } from "./isReviewed";
import type { LockRefusal } from "./lockRefusals";
import type { ReviewTally } from "./reviewTally";

/** A lock that locking again would leave as it is (applyLock's state of it: when, `lockedAt` ISO UTC, and by whom; lockFacts says them). */
export type KeptLock = Extract<LockState, { locked: true }>;

/**
 * The lock of a return that `lock` keeps as it is (trial42a F9: the pane said 可以锁定 of a locked, unchanged return and
 * lock re-dated it, losing the day the reviewer accepted it): locked for its year (`lock`, applyLock's state), intact (no
 * value, 说明 or 人工评估 changed since, the record whole), reviewed as it was (isReviewed of the 审核 sheet now agrees with
 * the record's `reviewed`: a return locked without review and reviewed since is locked again, recorded reviewed), and
 * nothing that lock refuses for (`refusals`, lockRefusals: a 退回修改 typed since still refuses). null otherwise: lock
 * locks it (again), dated now. The one rule for `lock` (which keeps the record's date and reviewer) and the pane's
 * outlook (已锁定…，锁定后未改动). Source: docs/cli-reference.md (lock). Pure.
 */
export function keptLock(lock: LockState | undefined, tally: Pick<ReviewTally, "reviewed" | "decided" | "open">, refusals: readonly LockRefusal[]): KeptLock | null {
  if (!lock?.locked || !lock.intact || lock.lockedAt === "" || refusals.length > 0) return null;
  if (isReviewed(tally) === (lock.unreviewed === true)) return null;
  return lock;
}
