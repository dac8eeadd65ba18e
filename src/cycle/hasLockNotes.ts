import type { LockNotes } from "./lockNotes";

/**
 * Whether lock would say anything of a return it locks (LockNotes: rows 待审核 or not listed yet, lags without a 说明,
 * rows 未填报, values the report does not grade), so `lock`, its refusal's 另：… and the pane's outlook ask one rule.
 */
export function hasLockNotes(n: Pick<LockNotes, "open" | "unlisted" | "lags" | "missing" | "doubts">): boolean {
  return n.open > 0 || n.unlisted > 0 || n.lags > 0 || n.missing > 0 || n.doubts > 0;
}
