import type { EvaluationRow } from "./EvaluationReport";

/**
 * The earlier year whose doubted value withholds a row's forecast (IndicatorGrade.doubted), or null
 * where the reporting year's own value is the one to verify (it carries its caveat, `verify`) or none is.
 */
export function doubtYear(r: Pick<EvaluationRow, "verify" | "graded">, year: number): number | null {
  if (r.verify) return null;
  return r.graded.doubted?.find((d) => d.year < year)?.year ?? null;
}
