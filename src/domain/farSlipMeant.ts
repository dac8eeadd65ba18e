import { farFromPlan } from "./farFromPlan";

/** The common unit slips a value far above the plan may carry: ×10, ×100, ×1000, ×10000 (米 for 公里, 万元 for 亿元). */
const SLIPS = [10, 100, 1000, 10000] as const;

/**
 * What a value §8f finds far **above** the plan was probably meant to be (evaluation-rules §8f, our reading): the value
 * ÷ 10^k (k = 1…4) that §8f would no longer call far, nearest the plan's numbers by ratio; null when none is, or the
 * value is not above them. The factor §8f names is against the plan's largest number, not the true value, so it need
 * not be near a power of ten (trial32: 2480500 m in a 2315 → 2600 公里 row is 954 × 2600, and 2480.5 is the plan's).
 * `span`: the years a cumulative row's totals cover (T − B), whose yearly cell is set against the numbers' yearly share,
 * as §2's scale suggestion is, and is never far below them (§8f). Rounded to 12 significant digits.
 */
export function farSlipMeant(value: number, planNumbers: readonly number[], span?: number): number | null {
  const far = farFromPlan(value, planNumbers);
  if (far?.side !== "above") return null;
  const share = span === undefined ? 1 : Math.max(1, span);
  const low = far.low / share;
  const high = far.high / share;
  // ratio distance to the plan's range (0 inside it)
  const distance = (x: number): number => (x > high ? Math.log10(x / high) : x < low ? Math.log10(low / x) : 0);
  let best: number | null = null;
  for (const k of SLIPS) {
    const meant = Number((value / k).toPrecision(12));
    const again = farFromPlan(meant, planNumbers);
    const near = again === null || (span !== undefined && again.side === "below");
    if (near && (best === null || distance(meant) < distance(best))) best = meant;
  }
  return best;
}
