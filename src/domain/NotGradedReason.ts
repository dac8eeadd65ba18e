import type { Lang } from "./describeIssue";
import { STATUS_CODES, STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";

/**
 * Why a row is 未能评估 (evaluation-rules §6): the check status that keeps it from a grade (missing,
 * invalid, manual, not_applicable), or `scale_suspect`: a value over 1000× the plan's numbers (§2),
 * likely typed in a smaller unit, which no grade can rest on (check's status stays the value's), and the
 * other doubted values (ungradedDoubt); or `method_to_verify`: at or after T, yearly falls of a rate whose sum
 * meets the target and whose product does not (§3 `compounded_fall`): the values stand, the plan's method is in doubt.
 */
export type NotGradedReason = Status | "scale_suspect" | "method_to_verify";

/** The reasons in the order the paragraph counts them: the statuses', then a value to verify, then a method. */
export const NOT_GRADED_REASONS: readonly NotGradedReason[] = [...STATUS_CODES, "scale_suspect", "method_to_verify"];

const TO_VERIFY = { zh: "数值待核实", en: "Value to be verified" } as const;
const METHOD_TO_VERIFY = { zh: "计算方法待核实", en: "Method to be verified" } as const;

/** A reason as the report says it beside 未能评估: 未填报, 数据异常, …, 数值待核实, 计算方法待核实 (en: Not reported, …). */
export function notGradedReasonLabel(r: NotGradedReason, lang: Lang = "zh"): string {
  if (r === "scale_suspect") return TO_VERIFY[lang];
  if (r === "method_to_verify") return METHOD_TO_VERIFY[lang];
  return (lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN)[r];
}
