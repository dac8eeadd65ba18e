import { emptyGradeCounts, GRADE_CODES } from "../domain/Grade";
import type { EvaluationReport, ReturnEvaluation } from "./EvaluationReport";

/**
 * The report over one or more evaluated returns: one return gives its own paragraph; several
 * (a city's counties) give one paragraph per return headed 【填报单位】, and counts over all.
 * Refuses returns of different reporting years (one line, for the user).
 */
export function combineEvaluations(returns: ReturnEvaluation[]): { ok: true; report: EvaluationReport } | { ok: false; message: string } {
  const first = returns[0];
  if (!first) return { ok: false, message: "没有可评估的填报文件" };
  const other = returns.find((r) => r.year !== first.year);
  if (other) return { ok: false, message: `${other.file}：报告年份为 ${other.year}，与 ${first.file} 的 ${first.year} 不同；请用 --year 指定同一年份` };
  const counts = emptyGradeCounts();
  for (const r of returns) for (const g of GRADE_CODES) counts[g] += r.counts[g];
  const text = returns.length === 1 ? first.text : returns.map((r) => `【${r.unit}】${r.text}`).join("\n");
  return { ok: true, report: { year: first.year, returns, counts, text } };
}
