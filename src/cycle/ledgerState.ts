import type { LockState } from "./applyLock";
import type { ReviewTally } from "./reviewTally";
import type { LedgerState } from "./UnitFacts";

/**
 * 报送状态 of a received return, from its lock and its 审核 decisions as they stand now:
 * 通过 when it is locked and unchanged since, or when its 审核 sheet holds decisions with
 * none 退回修改, none undecided on a flagged row (待审核) and none on a changed value (待复核);
 * 退回 when a 退回修改 still holds on the value it was made on; otherwise 已报 (received,
 * waiting for review or re-review: a resubmission makes a 退回修改 待复核, so it is 已报 again).
 */
export function ledgerState(lock: LockState, tally: ReviewTally): LedgerState {
  if (lock.locked && lock.intact) return "通过";
  if (tally.returned > 0) return "退回";
  if (lock.locked) return "已报";
  if (tally.decided > 0 && tally.open === 0 && tally.stale === 0) return "通过";
  return "已报";
}
