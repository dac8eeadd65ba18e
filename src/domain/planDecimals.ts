import { writtenDecimals } from "./writtenDecimals";

/** Decimals that show two significant digits of v: 28649.77 → 0, 6.7 → 1, 0.43 → 2, 0.0075 → 4. */
const twoSignificant = (v: number): number => (v === 0 || !Number.isFinite(v) ? 0 : Math.max(0, 1 - Math.floor(Math.log10(Math.abs(v)))));

/**
 * The decimals a number the report derives from the plan's (a forecast F, a yearly change needed or
 * achieved) is written with (evaluation-rules §6, our reading): the plan's own precision, the most
 * decimals its baseline and target are written with (`plan`), and at least two significant digits
 * of the number, so 28649.77 against 25000 → 33000 reads 28650, and a change of 0.0075 in a ratio
 * written 1.85 → <1.75 reads 0.0075, not 0.01. Capped at 10 (a float's noise is not precision).
 */
export function planDecimals(value: number, plan: readonly string[]): number {
  return Math.min(10, Math.max(twoSignificant(value), ...plan.map((t) => writtenDecimals(t) ?? 0)));
}
