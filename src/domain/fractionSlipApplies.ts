import type { Unit } from "./Unit";

/** The largest plan number in size (zeros left out), or null. */
export function largestReference(scale: number[]): number | null {
  const refs = scale.filter((x) => Number.isFinite(x) && x !== 0).map(Math.abs);
  return refs.length ? Math.max(...refs) : null;
}

/**
 * Whether 0 < v ≤ 1 is a fraction slip in this row (§2): a % row whose baseline or target is 10
 * or more. The sheet's formulas and validation take this as a per-row constant.
 */
export function fractionSlipApplies(unit: Unit, scale: number[]): boolean {
  const maxRef = largestReference(scale);
  return unit.unitClass === "percent" && maxRef !== null && maxRef >= 10;
}
