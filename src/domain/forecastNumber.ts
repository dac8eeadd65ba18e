import { decimalFixed } from "./decimalFixed";
import { fmtNumber } from "./fmtNumber";

/**
 * A forecast F as the report writes it, in every section and on the 评估 sheet (as the number
 * format's decimals): with `decimals` from gradeIndicator (forecastDecimals: the target's digits,
 * never a rounding that crosses the target), rounded as decimalFixed rounds (79.49999999999997 → 79.5),
 * or as fmtNumber writes a number where none is given.
 */
export function forecastNumber(f: { value: number; decimals?: number | undefined }): string {
  if (f.decimals === undefined) return fmtNumber(f.value);
  return decimalFixed(f.value, f.decimals);
}
