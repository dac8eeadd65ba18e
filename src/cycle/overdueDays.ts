import { daysLeft } from "./daysLeft";

/**
 * How many whole days the day `on` (ISO date) is after the 报送截止日期 `deadline` (ISO date): 0 on or before it,
 * or when either is "" or no date (unknown). One rule for a unit not sent as of `--as-of` (chaseText: 已逾期 N 天) and a return
 * received after its deadline (receivedDate's day: 逾期 N 天), both counted by daysLeft.
 */
export function overdueDays(on: string, deadline: string): number {
  const left = on && deadline ? daysLeft(on, deadline) : 0;
  // a deadline typed as no date (待定) tells nothing: not late
  return Number.isFinite(left) && left < 0 ? -left : 0;
}
