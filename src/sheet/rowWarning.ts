import { breachOf } from "../domain/breachOf";
import { warningKind, type WarningKind } from "../domain/warningKind";
import type { EvaluationRow } from "./EvaluationReport";

/** A report row's 预警 as of reporting year `year` (warningKind, its breach from breachOf), or null. */
export function rowWarning(i: Pick<EvaluationRow, "attribute" | "graded" | "targetYear">, year: number): WarningKind | null {
  return warningKind({ attribute: i.attribute, grade: i.graded.grade, forecast: i.graded.forecast, breach: breachOf(i.graded) }, year >= i.targetYear);
}
