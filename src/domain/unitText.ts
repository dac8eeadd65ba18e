import { classifyUnit } from "./Unit";

/**
 * The unit as written after a number (evaluation-rules §2): the symbol, or "" for a number with no
 * unit (a ratio, 比, or the dash a plan's unit column writes for none: —, -, –, /, 无, which classifyUnit
 * reads as a ratio), so "2.81" is never written "2.81—" nor a pace "提高 0.43 —". Where it is joined
 * straight to the number, see unitAfterNumber.
 */
export function unitText(symbol: string): string {
  return classifyUnit(symbol) === "ratio" ? "" : symbol;
}
