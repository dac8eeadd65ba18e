import type { AcceptedWithError } from "../../cycle/reviewTally";
import type { UnassessedRow } from "../../cycle/unassessedRows";
import type { UnlistedDecision } from "../../cycle/unlistedDecisions";

/**
 * What the pane's 审核 list says beside its rows, from lock's rule (lockRefusals) and review's findings:
 * `unassessed`, the rows lock refuses until their 人工评估 cell is filled (listed until it is, Enter on one selecting
 * that cell); `accepted`, rows decided 通过 or 已说明 whose cell still has an error (by their 审核 sheet row);
 * `unlisted`, 审核结论 cells holding a word outside the list (`审核!M4`), said on their row.
 */
export interface ReviewListMarks { unassessed: readonly UnassessedRow[]; accepted: readonly AcceptedWithError[]; unlisted: readonly UnlistedDecision[] }
