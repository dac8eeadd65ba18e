import type { Status } from "../domain/Status";
import { digitsApart, MORE_DIGITS_MAX } from "../domain/digitsApart";

/**
 * 序时应达 as the 审核 sheet shows it: two decimals, and three significant digits below 1
 * (0.596 beside a target of 0.60 — two decimals made it 0.6, the target itself). With `beside`
 * (the year's value and the row's status), a row graded 滞后 or 严重滞后 whose value would read
 * as the due figure, or on its other side, gets the decimals that tell them apart (digitsApart: 77.982 beside 77.98,
 * not 77.98 = 77.98). With `strict` (the engine's expectedStrict: the figure is a strict target itself, at s = 1) the
 * figure is said with its operator, <9, since 9 does not meet `<9` (§3, our reading).
 */
export function shownDue(n: number, beside?: { value: number | null; status: Status }, strict?: "<" | ">"): string {
  let digits = n === 0 || !Number.isFinite(n) ? 2 : Math.min(10, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(n)))));
  const v = beside?.value;
  if (v !== undefined && v !== null && (beside?.status === "lagging" || beside?.status === "severe") && Math.sign(Number(n.toFixed(digits)) - v) !== Math.sign(n - v)) {
    digits = digitsApart(n, v, digits) ?? digits + MORE_DIGITS_MAX;
  }
  return `${strict ?? ""}${Number(n.toFixed(digits))}`;
}
