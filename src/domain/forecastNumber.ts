import { fmtNumber } from "./fmtNumber";

/**
 * A forecast F as the report writes it, in every section and on the 评估 sheet (as the number
 * format's decimals): with `decimals` from gradeIndicator (forecastDecimals: the target's digits,
 * never a rounding that crosses the target), or as fmtNumber writes a number where none is given.
 */
export function forecastNumber(f: { value: number; decimals?: number | undefined }): string {
  if (f.decimals === undefined) return fmtNumber(f.value);
  const s = f.value.toFixed(f.decimals);
  return Number(s) === 0 ? (0).toFixed(f.decimals) : s;
}
