import { emptyGradeCounts, GRADE_CODES } from "../domain/Grade";
import type { EvaluationReport, ReturnEvaluation } from "./EvaluationReport";
import { returnSetProblem, type ReturnSetProblem } from "./ReturnSetProblem";

/**
 * The report over one or more evaluated returns: one return gives its own paragraph; several
 * (a city's counties) give one paragraph per return headed 【填报单位】, and counts over all.
 * Refuses no return (no_returns_to_evaluate) and returns of different reporting years
 * (evaluation_year_differs, naming both files), as coded problems (describeReturnSetProblem).
 */
export function combineEvaluations(returns: ReturnEvaluation[]): { ok: true; report: EvaluationReport } | { ok: false; problem: ReturnSetProblem } {
  const first = returns[0];
  if (!first) return { ok: false, problem: returnSetProblem("no_returns_to_evaluate", {}) };
  const other = returns.find((r) => r.year !== first.year);
  if (other) return { ok: false, problem: returnSetProblem("evaluation_year_differs", { file: other.file, year: other.year, first: first.file, firstYear: first.year }) };
  const counts = emptyGradeCounts();
  for (const r of returns) for (const g of GRADE_CODES) counts[g] += r.counts[g];
  const text = returns.length === 1 ? first.text : returns.map((r) => `【${r.unit}】${r.text}`).join("\n");
  return { ok: true, report: { year: first.year, returns, counts, text } };
}
