import { RELATIVE_TOLERANCE } from "../domain/tolerances";

/** `a ≥ b` as a worksheet formula, with the engine's relative tolerance (domain/tolerances.ts). */
export function excelGe(a: string, b: string): string {
  return `${a}>=${b}-${excelTolerance(a, b)}`;
}

/** The engine's tolerance for comparing a and b, as a worksheet expression. */
export function excelTolerance(a: string, b: string): string {
  return `${RELATIVE_TOLERANCE.toExponential().toUpperCase()}*MAX(ABS(${a}),ABS(${b}))`;
}

/**
 * `x op bound` as a worksheet condition with the engine's relative tolerance (compare.ts's gt, le, lt, ge),
 * for a bound on x's side of 0: an upper bound ≥ 0 with `>` or `<=`, a lower bound ≤ 0 with `<` or `>=`
 * (unitBounds' hi and lo, the fraction's 1). Wherever the two are within the tolerance MAX(ABS(x),ABS(bound))
 * is then ±x, so the tolerance is `1E-9*x` on the bound: `x>hi+1E-9*x` is gt(x, hi) exactly, in the fewer
 * characters an input validation formula needs (Excel refuses one longer than 255).
 */
export function excelToBound(x: string, op: ">" | "<=" | "<" | ">=", bound: string): string {
  return `${x}${op}${bound}+${RELATIVE_TOLERANCE.toExponential().toUpperCase()}*${x}`;
}
