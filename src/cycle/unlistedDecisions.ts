import type { PlannedSheet } from "../sheet/SheetPlan";
import { isDecision, REVIEW_STATES } from "../sheet/reviewSheet";
import { plannedReviewRows } from "./reviewTally";

/** A 审核结论 cell holding a word outside the list (DECISIONS): `cell` as `审核!M42`, `word` as written. */
export interface UnlistedDecision { cell: string; word: string }

/**
 * The 审核结论 cells of a planned 审核 sheet (named `name` in the workbook) that hold a word outside the list
 * (typed past the validation: 同意): each row counts as not decided, by lock too, so `review` and the pane's
 * 生成审核表 say so (cycleMessages review_unlisted_decision). A row whose flag is gone (已消除) waits for no
 * decision: its word is not said again, run after run.
 */
export function unlistedDecisions(sheet: PlannedSheet, name: string): UnlistedDecision[] {
  return plannedReviewRows(sheet)
    .filter((x) => x.decision && !isDecision(x.decision) && x.state !== REVIEW_STATES.gone)
    .map((x) => ({ cell: `${name}!${x.decisionCell}`, word: x.decision }));
}
