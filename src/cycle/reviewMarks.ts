import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { findReviewSheet } from "../sheet/reviewSheet";
import { reviewTally, type ReviewMark } from "./reviewTally";

/**
 * Each decided row's 审核结论 as it stands now (template|id → 通过, 退回修改, 已说明, or 待复核 when the
 * row changed since the decision), read as `review` and the ledger read them (reviewTally), for
 * 问题清单 (trial34 M4); undefined for a return without a 审核 sheet of ours (nothing more is read then).
 */
export function reviewMarks(grid: GridWorkbook, report: CheckReport): Record<string, ReviewMark> | undefined {
  if (!findReviewSheet(grid.sheets)) return undefined;
  const marks = reviewTally(grid, report).marks;
  return Object.keys(marks).length ? marks : undefined;
}
