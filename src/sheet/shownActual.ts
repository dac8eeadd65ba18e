import { fmtNumber } from "../domain/evaluationText";
import type { EvaluationRow } from "./EvaluationReport";

/**
 * The reporting year's value as the report says it against the final target: as entered, or
 * for a cumulative target (`[15]`) the running total B+1…Y (IndicatorGrade.total) (the year's own
 * amount alone would read as far short of the target).
 */
export function shownActual(i: Pick<EvaluationRow, "actual" | "graded">): string {
  const v = i.graded.total;
  return i.graded.cumulative && v !== null ? fmtNumber(v) : i.actual;
}
