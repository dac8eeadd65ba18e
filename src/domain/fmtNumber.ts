import { decimalFixed } from "./decimalFixed";

/** A number as reviews write it: two decimals from 0.1 up (rounded as decimalFixed rounds: 16.505 → 16.51), two significant digits below (0.0065), no trailing zeros. */
export function fmtNumber(v: number): string {
  const r = Math.abs(v) >= 0.1 || v === 0 ? Number(decimalFixed(v, 2)) : Number(v.toPrecision(2));
  return (Object.is(r, -0) ? 0 : r).toString();
}
