import { targetMiss, type TargetMiss } from "../domain/targetMiss";
import { rowBounds } from "./rowBounds";
import type { EvaluationRow } from "./EvaluationReport";

/**
 * How a report row's value misses the target its year is judged by (targetMiss, evaluation-rules §6, our reading, trial34),
 * with a 左右 band as the row's unit allows it (a % rate's ends at 100); null where the row is met or not graded. The 分领域
 * line, the paragraph's 未完成 list, the 预警 section and the brief list's 最需关注 (pastBand) read it.
 */
export function rowMiss(i: Pick<EvaluationRow, "name" | "unit" | "graded" | "baseline" | "target" | "baselineYear" | "targetYear">): TargetMiss | null {
  const g = i.graded;
  if (g.result.status === "met" || g.grade === "not_graded") return null;
  return targetMiss(g.result.target, g.result.value, g.result.direction, rowBounds(i));
}
