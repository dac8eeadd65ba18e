import { FAR_FROM_PLAN } from "./tolerances";

/**
 * Whether a usable value lies far beyond every number the plan gives for its row (the project's
 * evaluation-rules §8f): above FAR_FROM_PLAN × the largest positive one, or below the smallest
 * ÷ FAR_FROM_PLAN. Returns the factor (rounded to 0.1), which side, and the plan's range
 * (`low`–`high`) for the message; null when the value is within reach, is not positive, or the
 * plan gives no positive number. Below is measured only where every plan number is positive:
 * a row the plan starts (or ends) at 0 passes through small values on its way (a trial's 0.746
 * in year 1 of 0 → 4 was held up as a fifth of the target).
 */
export function farFromPlan(value: number, planNumbers: readonly number[]): { factor: number; side: "above" | "below"; low: number; high: number } | null {
  const refs = planNumbers.filter((r) => r > 0 && Number.isFinite(r));
  if (!(value > 0) || refs.length === 0) return null;
  const low = Math.min(...refs);
  const high = Math.max(...refs);
  if (value > FAR_FROM_PLAN * high) return { factor: round1(value / high), side: "above", low, high };
  if (value * FAR_FROM_PLAN < low && refs.length === planNumbers.length) return { factor: round1(low / value), side: "below", low, high };
  return null;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
