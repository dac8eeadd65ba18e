import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { readDecisions } from "../sheet/reviewSheet";
import { returnContent } from "../sheet/returnContent";
import { rowContents } from "../sheet/rowContents";
import type { Resubmission } from "./returnReview";

/**
 * The version a resubmission replaces, as returnReview takes it (review --replaces and the pane's
 * 带入上一版的审核结论 build it here, so both write the same 审核 sheet): what each row held
 * (rowContents), what the whole return held (returnContent) and its 审核 decisions (readDecisions),
 * from the replaced return's grid and check `report` (checked as of the new return's year).
 * `replacedDecisions.placement` is review_rows_out_of_place when its 审核 rows cannot be read: the
 * caller refuses.
 */
export function resubmissionOf(grid: GridWorkbook, report: CheckReport): Resubmission {
  return { replaced: rowContents(grid, report), replaces: returnContent(grid), replacedDecisions: readDecisions(grid.sheets, grid.date1904 === true, report) };
}
