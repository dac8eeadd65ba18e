import { classifyUnit } from "./Unit";

/**
 * The unit as written after a number (evaluation-rules §2): the symbol, or "" for a number with no
 * unit (a ratio, 比, or the dash a plan's unit column writes for none: —, -, –, /, 无, which classifyUnit
 * reads as a ratio), so "2.81" is never written "2.81—" nor a pace "提高 0.43 —"; a unit beginning with a
 * digit in brackets, so 8.5 in a 1/10万 row is 8.5（1/10万）, never 8.51/10万.
 */
export function unitText(symbol: string): string {
  const u = classifyUnit(symbol) === "ratio" ? "" : symbol;
  // a unit that begins with a digit (1/10万, 10万人) would run into the number: 8.51/10万 for 8.5
  return /^[0-9.]/.test(u) ? `（${u}）` : u;
}
