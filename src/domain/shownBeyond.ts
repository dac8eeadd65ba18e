import { digitsApart } from "./digitsApart";

/**
 * A change said to exceed a limit, rounded as shown: `digits` decimals (1 by default), or the fewest
 * more at which it does not round onto the limit (digitsApart), so "增加 10 个百分点，超过 ±10 个百分点"
 * is never said of 10.03 (trial X: 74.92 → 84.95); beyond digitsApart's extra decimals, the change to
 * 12 significant digits (float noise dropped). Keeps the sign; units as given (percent or points).
 * `change`: |change| > `limit` (valueJump's jump), else it is only rounded to `digits`.
 */
export function shownBeyond(change: number, limit: number, digits = 1): number {
  if (!(Math.abs(change) > limit)) return Number(change.toFixed(digits));
  const d = digitsApart(Math.abs(change), limit, digits);
  return d === null ? Number(change.toPrecision(12)) : Number(change.toFixed(d));
}
