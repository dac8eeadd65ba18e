import type { CheckReport } from "../sheet/CheckReport";
import { readBasis } from "../sheet/reviewBasis";
import { isDecision, REVIEW_STATES } from "../sheet/reviewSheet";
import type { PlannedReviewRow } from "./reviewTally";
import { sameLockedText } from "./sameLockedText";

/** A value (or 说明, 人工评估) changed since the return was locked that no decision on the 审核 sheet has taken in. */
export interface UnreviewedChange {
  sheet: string;
  /** where the value is now */
  cell: string;
  name: string;
  /** the text accepted at the lock and the text now ("" for an empty cell) */
  was: string;
  now: string;
  /** what changed (the issue's params.field): a year's value ("2024"), `note` (说明) or `assess` (人工评估) */
  field: string;
  /** the item's row on the 审核 sheet as the file holds it (0: the sheet has none) */
  row: number;
  /** that row shows what review would write now (待审核 or 待复核); false: review has not run since the change */
  marked: boolean;
}

/**
 * The changes since the lock (applyLock's `locked_value_changed` on the report) that locking again
 * must not take in: every one but those whose 审核 row holds (有效) a decision of the list (通过,
 * 已说明; 退回修改 refuses the lock on its own) made on the value there now, i.e. after the change.
 * A decision made before it is 待复核 and a row nobody decided on is 待审核, so both are named;
 * so is a decision whose basis does not record the row's content (a sheet older than that record),
 * as it cannot tell which value it was made on. `rows` is plannedReviewRows of the sheet planned
 * now; `written(key)` the row and 复核状态 the file's own sheet holds for a key.
 */
export function unreviewedChanges(report: CheckReport, rows: readonly PlannedReviewRow[], written: (key: string) => { row: number; state: string } | undefined): UnreviewedChange[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: UnreviewedChange[] = [];
  for (const item of report.items) {
    const key = `${item.template}|${item.id}|${report.year}`;
    const planned = byKey.get(key);
    const content = planned && planned.state === REVIEW_STATES.valid && isDecision(planned.decision) ? readBasis(planned.basis)?.content : undefined;
    for (const x of item.issues) {
      if (x.code !== "locked_value_changed") continue;
      const now = x.received ?? "";
      // a field the basis leaves out was empty when the decision was made (empty fields are not stored)
      if (content && sameLockedText(content[String(x.params?.["field"] ?? "")]?.text ?? "", now)) continue;
      const w = written(key);
      out.push({ sheet: item.sheet, cell: x.cell ?? item.statusCell, name: item.name, was: x.expected ?? "", now, field: String(x.params?.["field"] ?? ""), row: w?.row ?? 0, marked: !!w && !!planned && w.state === planned.state });
    }
  }
  return out;
}
