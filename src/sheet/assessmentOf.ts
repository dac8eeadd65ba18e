import type { Status } from "../domain/Status";
import type { EvaluationRow } from "./EvaluationReport";

/**
 * The reviewer's 人工评估 of a qualitative (words-only, or compound) target that it was graded by,
 * or null: a row not graded (待人工评估 and the rest), or with a target of numbers. The report says
 * it where a value would stand when no words were entered for the year (our reading), never 未填报.
 */
export function assessmentOf(i: Pick<EvaluationRow, "graded">): Status | null {
  const kind = i.graded.result.target.kind;
  return (kind === "text" || kind === "compound") && i.graded.reason === null ? i.graded.result.status : null;
}
