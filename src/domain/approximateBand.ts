import { APPROX_MET } from "./tolerances";
import type { UnitBounds } from "./unitBounds";

/**
 * The band that meets a 左右 target Tv (evaluation-rules §3 approximate): Tv ∓ APPROX_MET × |Tv|, in the row's
 * unit, float noise dropped (12 significant digits). `bounds`: what the row's unit allows (unitBounds: a % rate
 * that says no change, 巩固率, 覆盖率, is 0–100); an end past it is said at the bound and `capped` names it
 * (trial34: `99.7左右` read "89.73–109.67 为已达标" for a retention rate). Only the words: the status is still
 * the distance's (§3), and no value past the unit's bound is valid anyway (§2). One home of the band the
 * importer's notes, check's `approximate_outside` and the report's words say.
 */
export interface ApproximateBand {
  low: number;
  high: number;
  /** the end cut at what the unit allows (a % rate's 100), or null where neither end is */
  capped: number | null;
}

export function approximateBand(tv: number, bounds: UnitBounds | null = null, share = APPROX_MET): ApproximateBand {
  const clean = (x: number): number => Number(x.toPrecision(12));
  const spread = Math.abs(tv) * share;
  const low = clean(tv - spread), high = clean(tv + spread);
  if (bounds && high > bounds.hi) return { low, high: bounds.hi, capped: bounds.hi };
  if (bounds && low < bounds.lo) return { low: bounds.lo, high, capped: bounds.lo };
  return { low, high, capped: null };
}
