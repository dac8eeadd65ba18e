/** How many decimals beyond the usual ones may be added to tell two figures apart, before a sign says it. */
export const MORE_DIGITS_MAX = 3;

/**
 * The one rule for a figure shown beside the one it is judged against (进度 beside 序时进度, 当年值
 * beside 序时应达): the fewest decimals, `digits` or more, at which `shown` and `beside` round apart,
 * so a row graded 滞后 never reads as equal to its due figure (79.98% beside 80.0% printed 80.0%/80.0%).
 * Null when they still round equal at `digits + MORE_DIGITS_MAX` (the caller then says which side it is
 * on with a sign) or are equal. Plain numbers in, decimals out; the caller scales percentages first.
 * `round` is how the caller writes a figure to d decimals (Number#toFixed, as the sheets' formats; the
 * report's paces go through decimalFixed), so the decimals found are the ones that print apart.
 */
export function digitsApart(shown: number, beside: number, digits: number, round: (v: number, d: number) => number = (v, d) => Number(v.toFixed(d))): number | null {
  if (!Number.isFinite(shown) || !Number.isFinite(beside) || shown === beside) return null;
  for (let d = digits; d <= digits + MORE_DIGITS_MAX; d++) {
    if (round(shown, d) !== round(beside, d)) return d;
  }
  return null;
}
