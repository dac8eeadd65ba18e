import { targetValue } from "../domain/Target";
import { reportFigure } from "../domain/reportFigure";
import type { EvaluationRow } from "./EvaluationReport";
import { reportedValue } from "./reportedValue";

/**
 * The reporting year's value as the report says it against the final target: as entered (reportedValue: a number
 * to the report's precision), or for a cumulative target (`[15]`) the running total B+1…Y (IndicatorGrade.total),
 * written the same way (reportFigure), so the total and the year's amount beside it read alike (the year's own
 * amount alone would read as far short of the target).
 */
export function shownActual(i: Pick<EvaluationRow, "actual" | "stored" | "baseline" | "target" | "invalid" | "graded">): string {
  const v = i.graded.total;
  return i.graded.cumulative && v !== null ? reportFigure(v, [i.baseline, i.target], [targetValue(i.graded.result.target)]) : reportedValue(i);
}
