import type { Unit } from "./Unit";

/** The range a value of this unit must lie in to be usable (errors, not warnings). */
export interface UnitBounds {
  lo: number;
  hi: number;
  /** the value must be strictly above `lo` (ages) */
  loStrict: boolean;
}

const CHANGE = /(增长|增速|降低|下降|提高|增幅|降幅|减少)/;
/** The bound of a side no unit limits: finite, so the sheet's formulas can hold it; past it no quantity is real. */
export const OPEN_BOUND = 1e300;
const OPEN = OPEN_BOUND;

/** One source for the engine's unit errors and the sheet's validation and formulas. */
export function unitBounds(unit: Unit, name: string): UnitBounds {
  switch (unit.unitClass) {
    case "percent": return CHANGE.test(name) ? { lo: -OPEN, hi: OPEN, loStrict: false } : { lo: 0, hi: 100, loStrict: false };
    case "permille": return { lo: 0, hi: 1000, loStrict: false };
    case "count": case "amount": return { lo: 0, hi: OPEN, loStrict: false };
    case "age": return { lo: 0, hi: 120, loStrict: true };
    case "years": return { lo: 0, hi: 30, loStrict: false };
    case "ratio": case "other": return { lo: -OPEN, hi: OPEN, loStrict: false };
  }
}

export function isChangeName(name: string): boolean {
  return CHANGE.test(name);
}

export function withinBounds(v: number, b: UnitBounds): boolean {
  return !(v < b.lo || v > b.hi || (b.loStrict && v === b.lo));
}
