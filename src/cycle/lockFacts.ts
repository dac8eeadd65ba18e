import type { LockState } from "./applyLock";
import { lockDay } from "./lockDay";

/**
 * When and by whom a return was locked, in brackets after 已锁定 / locked: `（2026-12-02，王审核）`,
 * ` (2026-12-02, by 王审核)`; the parts not recorded left out, "" when neither is (a damaged
 * record); a return locked with no decision on its 审核 sheet (`unreviewed`) ends with 未经审核 /
 * without review (`（2026-12-04，未经审核）`), never read as 审核通过. The one wording of check's
 * title and the pane's result line.
 */
export function lockFacts(lock: Pick<Extract<LockState, { locked: true }>, "lockedAt" | "reviewer" | "unreviewed">, lang: "zh" | "en"): string {
  const date = lockDay(lock.lockedAt);
  if (lang === "zh") {
    const facts = [date, lock.reviewer, lock.unreviewed ? "未经审核" : ""].filter(Boolean);
    return facts.length ? `（${facts.join("，")}）` : "";
  }
  const facts = [date, lock.reviewer ? `by ${lock.reviewer}` : "", lock.unreviewed ? "without review" : ""].filter(Boolean);
  return facts.length ? ` (${facts.join(", ")})` : "";
}
