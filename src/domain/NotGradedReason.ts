import type { Lang } from "./describeIssue";
import { STATUS_CODES, STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";

/**
 * Why a row is 未能评估 (evaluation-rules §6): the check status that keeps it from a grade (missing,
 * invalid, manual, not_applicable), or `scale_suspect`: a value over 1000× the plan's numbers (§2),
 * likely typed in a smaller unit, which no grade can rest on (check's status stays the value's).
 */
export type NotGradedReason = Status | "scale_suspect";

/** The reasons in the order the paragraph counts them: the statuses', then a value to verify. */
export const NOT_GRADED_REASONS: readonly NotGradedReason[] = [...STATUS_CODES, "scale_suspect"];

const TO_VERIFY = { zh: "数值待核实", en: "Value to be verified" } as const;

/** A reason as the report says it beside 未能评估: 未填报, 数据异常, …, 数值待核实 (en: Not reported, …). */
export function notGradedReasonLabel(r: NotGradedReason, lang: Lang = "zh"): string {
  if (r === "scale_suspect") return TO_VERIFY[lang];
  return (lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN)[r];
}
