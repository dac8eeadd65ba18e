import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { findReviewSheet } from "../sheet/reviewSheet";
import { reviewTally } from "./reviewTally";

/**
 * The rows (`template|id`) of a checked return whose 审核结论 通过 or 已说明 holds on what the row shows now
 * (reviewTally's `accepted`, as `review`, `lock` and the ledger read the 审核 sheet): for a row graded by its 人工评估,
 * the reviewer's confirmation of that conclusion. A decision made before the 人工评估 was given, or on another value, is
 * 待复核 and confirms nothing; 退回修改 confirms nothing. Empty for a return without a 审核 sheet of ours. The report says
 * every other such row 待审核确认 (evaluation-rules §3, our reading, trial35 X1).
 */
export function confirmedAssessments(grid: GridWorkbook, report: CheckReport): ReadonlySet<string> {
  if (!findReviewSheet(grid.sheets)) return new Set();
  return new Set(reviewTally(grid, report).accepted);
}
