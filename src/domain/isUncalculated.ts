import { reasonCode } from "./reasonCode";

/**
 * Whether an issue says its cell holds a formula with no result in the file (a script wrote it, nothing calculated it):
 * formula_uncalculated on the year's cell, or an earlier year's or a 不适用 year's value refused for that reason
 * (earlier_year_invalid, unjudged_value_invalid: params.reason), as slipOf reads a reason.
 */
export function isUncalculated(x: { code: string; params?: Readonly<Record<string, string | number>> | undefined }): boolean {
  const code = reasonCode(x);
  return code === "formula_uncalculated";
}
