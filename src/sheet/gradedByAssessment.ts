import { ASSESS_CHOICES } from "../domain/ASSESS_CHOICES";
import { parseTarget } from "../domain/parseTarget";
import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "../domain/Status";
import type { CheckItem } from "./CheckReport";

/**
 * Whether a checked row's status is the conclusion in its 人工评估 cell: an indicator whose target for the year is words
 * (or parts), with a status of ASSESS_CHOICES, which only that cell gives such a row (evaluateIndicator, §3). The
 * column is the reviewer's, but the distributed sheet leaves it open to the filer, so `review` lists such a row for
 * the reviewer to confirm (需审核 = 是) until a 审核结论 is given (evaluation-rules §3, our reading, trial35 X1).
 */
export function gradedByAssessment(item: Pick<CheckItem, "kind" | "status" | "target">): boolean {
  if (item.kind !== "indicator" || !ASSESS_CHOICES.includes(item.status)) return false;
  const kind = parseTarget(item.target).kind;
  return kind === "text" || kind === "compound";
}

/** The 审核 row's 问题 for such a row (zh: the sheet's column; en: the pane's list). */
export const ASSESSMENT_TO_CONFIRM: Readonly<Record<"zh" | "en", (status: Status) => string>> = {
  zh: (s) => `人工评估为「${STATUS_LABELS[s]}」：请审核人员确认（人工评估列填报单位也能填写）`,
  en: (s) => `人工评估 (assessment) says "${STATUS_LABELS_EN[s]}": to be confirmed by the reviewer (the unit can fill in that column too)`,
};
