import { isReasonWritten } from "./isReasonWritten";
import type { Issue, IssueCode } from "./Issue";

/** The warnings a filer may keep by writing a 说明 (the project's evaluation-rules §8, "改正或说明"). */
export const EXPLAINABLE_CODES: readonly IssueCode[] = ["value_jump", "value_revised", "above_city", "far_from_plan", "earlier_year_far", "year_over_pace", "fall_negative", "fraction_suspect"];

/**
 * Marks each explainable warning `params.noted = 1` when the row's 说明 gives a reason (isReasonWritten:
 * `/`, `无`, `暂无` give none, as for a blank or a lagging row, §6a): it stays a warning (the 审核 sheet lists it
 * for the reviewer to accept or send back) but reads 已说明 instead of asking to correct or explain. Errors (§2)
 * are never kept this way.
 */
export function explainWarnings<T extends Issue>(issues: readonly T[], note: string): T[] {
  if (!isReasonWritten(note)) return [...issues];
  return issues.map((i) => (EXPLAINABLE_CODES.includes(i.code) && i.severity === "warning" ? { ...i, params: { ...i.params, noted: 1 } } : i));
}
