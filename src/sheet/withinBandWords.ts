import type { Lang } from "../domain/describeIssue";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import type { EvaluationRow } from "./EvaluationReport";
import { baselineInBandWords } from "./baselineInBandWords";

/**
 * What the report says of a graded row met by a 左右 target's band, off the target itself (the engine's info issue
 * `approximate_within`, whose band it quotes; evaluation-rules §3, our reading, trial36 tp F5: 公路总里程 3300 in year 1
 * against `3600左右` read 提前实现 with no word why): "3300 在目标「3600左右」的上下 10% 以内（3240–3960）：区间内即为已达标".
 * "" for any other row, for a row not graded, and where the baseline already lies in the band (baselineInBandWords says
 * it then). The 附表's 说明 (and the 评估 sheet's) and the 分领域 line say it.
 */
export function withinBandWords(r: Pick<EvaluationRow, "name" | "graded" | "unit" | "baseline" | "target" | "baselineYear" | "targetYear">, lang: Lang = "zh"): string {
  const g = r.graded;
  if (g.grade === "not_graded" || baselineInBandWords(r, lang) !== "") return "";
  const i = g.result.issues.find((x) => x.code === "approximate_within");
  if (i === undefined) return "";
  const n = (k: string): string => String(i.params?.[k] ?? "");
  return EVALUATION_WORDS[lang].withinBand(i.received ?? "", i.expected ?? "", n("low"), n("high"), Number(n("met")));
}
