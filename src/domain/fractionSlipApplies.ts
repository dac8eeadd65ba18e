import type { Unit } from "./Unit";

/** The largest plan number in size (zeros left out), or null. */
export function largestReference(scale: readonly number[]): number | null {
  const refs = scale.filter((x) => Number.isFinite(x) && x !== 0).map(Math.abs);
  return refs.length ? Math.max(...refs) : null;
}

/**
 * Whether 0 < v ≤ 1 is a fraction slip in this row (§2): a % row whose baseline or target is 10
 * or more. For a cumulative target (`〔13.5〕`, `span` = T − B years) the plan's numbers are totals
 * while a yearly cell holds one year's amount, so their yearly share is what is 10 or more (our
 * reading, as for scale slips): 0.1 in a `〔13.5〕` row (2.7 a year) is a small year, not 10%.
 * The sheet's formulas and validation take this as a per-row constant.
 */
export function fractionSlipApplies(unit: Unit, scale: readonly number[], span?: number): boolean {
  const maxRef = largestReference(scale);
  return unit.unitClass === "percent" && maxRef !== null && maxRef / Math.max(1, span ?? 1) >= 10;
}
