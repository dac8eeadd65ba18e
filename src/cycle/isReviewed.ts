import type { ReviewTally } from "./reviewTally";

/**
 * Whether a lock is 审核通过 (trial29c F1: a return nobody reviewed was locked and shown 通过): its 审核
 * sheet holds a decision, or review ran and left nothing to decide (no flagged row 待审核). Without
 * the sheet, or with flagged rows and no decision at all, it is locked without review (未经审核).
 * `lock` records it (LockRecord.reviewed) and says it.
 */
export function isReviewed(t: Pick<ReviewTally, "reviewed" | "decided" | "open">): boolean {
  return t.decided > 0 || (t.reviewed && t.open === 0);
}
