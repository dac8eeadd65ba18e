import { BINDING } from "./BINDING";
import type { Grade } from "./Grade";
import type { NotGradedReason } from "./NotGradedReason";

/**
 * Why a row's 预警 cannot be judged (evaluation-rules.md §6, our reading; trial38 F1): 预警 is read from a
 * binding (约束性) row's grade and forecast (warningKind), so a binding row 未能评估 (`not_graded`: its value
 * unusable, missing, to be verified, …) has none to read. It is unknown, never counted as no 预警: the reason
 * that keeps it from a grade (NotGradedReason; `invalid` where the grade names none), or null (not binding, or
 * graded). The paragraph's 「其中约束性指标 … 项未能评估」, the county table's 预警 column and `--json`'s
 * `warningUnjudged` are read from it, so they agree. A cumulative row 未填报 whose earlier years' total already meets the
 * target (`metEarlier`) is judged: a total passed cannot become a 预警 (our reading; trial47b F5), so null.
 */
export function warningUnjudged(i: { attribute?: string | null | undefined; grade: Grade; reason?: NotGradedReason | null | undefined; metEarlier?: unknown }): NotGradedReason | null {
  if (i.attribute !== BINDING || i.grade !== "not_graded" || i.metEarlier) return null;
  return i.reason ?? "invalid";
}
