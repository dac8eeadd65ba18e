import { baselineInBand } from "../domain/baselineInBand";
import type { Lang } from "../domain/describeIssue";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import { APPROX_MET } from "../domain/tolerances";
import { rowBounds } from "./rowBounds";
import type { EvaluationRow } from "./EvaluationReport";

/**
 * What the report says of a graded row whose 左右 level target already holds its baseline in the met band
 * (baselineInBand; evaluation-rules §3, our reading): "基期值 5.4 已在「5.5左右」的达标区间（上下 10%，4.95–6.05）内：
 * 区间内即为已达标，不按基期计算进度", so that 提前实现 beside a value at (or back past) the baseline, and a 进度 of —,
 * read as the rules mean them; a row not met is told it is judged by its distance instead (trial40a: 「区间内即为已达标」 beside
 * 滞后于预期 read as the opposite of the grade). The target is the one the year is judged by (a year's own, or the plan's); "" for
 * any other row, and for a row not graded (its reason is said instead). The 附表's 说明 and the 分领域 line say it.
 */
export function baselineInBandWords(r: Pick<EvaluationRow, "name" | "graded" | "unit" | "baseline" | "target" | "baselineYear" | "targetYear">, lang: Lang = "zh"): string {
  const g = r.graded;
  if (g.grade === "not_graded") return "";
  // the band as the row's unit allows it (a % rate ends at 100: approximateBand, trial34)
  const bounds = rowBounds(r);
  const band = baselineInBand(r.name, g.result.target, g.baselineValue, bounds);
  if (band === null || g.baselineValue === null) return "";
  const n = (x: number): string => String(Number(x.toPrecision(12)));
  return EVALUATION_WORDS[lang].baselineInBand(n(g.baselineValue), g.result.target.text, n(band.low), n(band.high), APPROX_MET * 100, g.result.status === "met");
}
