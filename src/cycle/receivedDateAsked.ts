import type { UnitFacts } from "./UnitFacts";

/**
 * Whether a unit's 收到日期 is asked for: the 报送台账 sheet's 催报 list and the terminal's 收到日期不明 line (one rule).
 * Asked when there is a deadline to judge it by and either no day is known for a return counted received (receivedDate
 * found no save day the unit made) or a 收到日期 typed in the ledger is not a date. A return counted 未报 (sent back blank,
 * cannot be summed) is chased to send its return instead, whose day is read then: its day is not asked for.
 */
export function receivedDateAsked(f: UnitFacts): boolean {
  return Boolean(f.deadline) && ((f.receivedFrom === "unknown" && f.state !== "未报") || f.receivedFrom === "unread");
}
