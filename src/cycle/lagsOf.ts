import type { CheckItem, CheckReport } from "../sheet/CheckReport";

/**
 * The lagging rows (滞后, 严重滞后) the town left without a 说明 (lagging_no_note), split by the
 * reviewer's word on them: `explainedByReviewer`, those whose 通过 or 已说明 holds on the 审核 sheet
 * (`accepted`: the reviewer accepted the row, or an explanation given otherwise, e.g. by telephone;
 * a manager does not chase what the reviewer accepted, trial34 M4), and `unexplained`, the
 * rest, whose rows are `unexplainedRows` (in the report's order, so lock can name them). A return locked after
 * review has its lags all the reviewer's to have accepted (applyLock marks them params.locked); one locked without
 * review (params.unreviewed too) accepted none of them: they stay unexplained (trial40 F1). One count
 * for the ledger (未说明的滞后) and lock's warning; `check` of the town's own file still asks the
 * town for its 说明.
 */
export function lagsOf(report: CheckReport, accepted: readonly string[]): { unexplained: number; explainedByReviewer: number; unexplainedRows: CheckItem[] } {
  const byReviewer = new Set(accepted);
  const lagging = report.items.filter((i) => i.issues.some((x) => x.code === "lagging_no_note"));
  const locked = (i: CheckItem): boolean => i.issues.some((x) => x.code === "lagging_no_note" && x.params?.["locked"] !== undefined && x.params["unreviewed"] === undefined);
  const unexplainedRows = lagging.filter((i) => !byReviewer.has(`${i.template}|${i.id}`) && !locked(i));
  return { unexplained: unexplainedRows.length, explainedByReviewer: lagging.length - unexplainedRows.length, unexplainedRows };
}
