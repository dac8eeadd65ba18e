import type { LockState } from "./applyLock";

/**
 * When and by whom a return was locked, in brackets after 已锁定 / locked: `（2026-12-02，王审核）`,
 * ` (2026-12-02, by 王审核)`; the parts not recorded left out, "" when neither is (a damaged
 * record). The one wording of check's title and the pane's result line.
 */
export function lockFacts(lock: Pick<Extract<LockState, { locked: true }>, "lockedAt" | "reviewer">, lang: "zh" | "en"): string {
  const date = lock.lockedAt.slice(0, 10);
  if (lang === "zh") {
    const facts = [date, lock.reviewer].filter(Boolean);
    return facts.length ? `（${facts.join("，")}）` : "";
  }
  const facts = [date, lock.reviewer ? `by ${lock.reviewer}` : ""].filter(Boolean);
  return facts.length ? ` (${facts.join(", ")})` : "";
}
