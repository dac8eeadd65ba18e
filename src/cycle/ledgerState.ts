import type { LockState } from "./applyLock";
import type { ReviewTally } from "./reviewTally";
import type { LedgerState } from "./UnitFacts";

/**
 * 报送状态 of a received return, from its lock, its 审核 decisions as they stand now and its
 * errors (lockErrors): 通过 when it is locked after review and unchanged since (a lock with no
 * decision on the 审核 sheet, `unreviewed`, is 已报, or 退回, until lock runs again on decisions:
 * its record says 未经审核 till then; trial29c F1), or when its 审核 sheet holds
 * decisions with none 退回修改, none undecided on a flagged row (待审核), none on a changed value
 * (待复核) and the return has no error; 退回 when a 退回修改 still holds on the value it was made
 * on; otherwise 已报 (received, waiting for review or re-review: a resubmission makes a 退回修改
 * 待复核, so it is 已报 again). `held` is the number of errors when the decisions alone would say
 * 通过: lock refuses such a return, so the ledger does not call it 通过 but says why it is not.
 */
export function ledgerStanding(lock: LockState, tally: ReviewTally, errors = 0): { state: LedgerState; held: number } {
  if (lock.locked && lock.intact && !lock.unreviewed) return { state: "通过", held: 0 };
  if (tally.returned > 0) return { state: "退回", held: 0 };
  if (lock.locked) return { state: "已报", held: 0 };
  if (tally.decided > 0 && tally.open === 0 && tally.stale === 0) return errors > 0 ? { state: "已报", held: errors } : { state: "通过", held: 0 };
  return { state: "已报", held: 0 };
}

/** 报送状态 alone (ledgerStanding). */
export function ledgerState(lock: LockState, tally: ReviewTally, errors = 0): LedgerState {
  return ledgerStanding(lock, tally, errors).state;
}
