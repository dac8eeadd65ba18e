import type { CheckReport } from "../sheet/CheckReport";
import type { WorkbookProblem } from "../sheet/WorkbookProblem";
import { lockErrors, type LockError } from "./lockErrors";
import type { OpenRow, ReviewTally } from "./reviewTally";
import type { UnassessedRow } from "./unassessedRows";
import type { UnreviewedChange } from "./unreviewedChanges";

/**
 * One reason `lock` refuses a return for (exit EXIT.refused), as coded data; said by lockRefusalLine.
 * - `errors`: the errors that keep it from being accepted (lockErrors), the first one quoted;
 * - `rows_out_of_place`: the 审核 sheet's rows sorted apart from their hidden keys, not to be told apart
 *   (review_rows_out_of_place): no decision can be taken for its item, so the others below are not counted;
 * - `returned`: `n` 退回修改 decisions in force, `rows` their rows on the 审核 sheet (1-based, in order), `items` each
 *   decision's row as the return holds it (its sheet, value cell and name; row 0: the sheet does not have it yet), in that order;
 * - `changed`: values, 说明 or 人工评估 changed since an earlier lock that no decision made after the change
 *   takes in (unreviewedChanges: locking again would record them as accepted unseen);
 * - `stale`: `n` rows 待复核 (a decision made on a value changed since), `rows` where they are, `items` each of those
 *   rows as the return holds it (its sheet, value cell and name), in that order, `unmarked`
 *   how many of them the sheet does not show 待复核 yet; a row already named under `changed` is not counted twice;
 *   `rechecked` (stale and changed) the rows among them whose 审核意见 already holds 已复核 (ReviewTally.rechecked);
 * - `unassessed`: rows still 待人工评估 whose 人工评估 cell would be locked blank (unassessedRows); the only
 *   reason an option (--accept-unassessed) accepts. `passed`: the items (template|id) of those rows whose 审核
 *   row holds a 通过 in force, which does not assess them (trial36 T7: a first-time reviewer took 通过 for enough),
 *   so the line says to fill the 人工评估 cell and then decide 通过 again;
 * - `unassessed_list`: project and reform rows still 待人工评估 (unassessedRows' `list` rows) whose 审核 row holds no
 *   通过 or 已说明: a list has no 人工评估 column, so that decision is the reviewer's conclusion (evaluation-rules §5,
 *   our reading; trial40c F9: lock locked them, the ledger said 通过). --accept-unassessed accepts it too.
 */
export type LockRefusal =
  | { code: "errors"; errors: LockError[] }
  | { code: "rows_out_of_place"; problem: WorkbookProblem }
  | { code: "returned"; n: number; sheet: string; rows: number[]; items: OpenRow[] }
  /** `rechecked`: the 审核 rows of `changes` whose 审核意见 already holds 已复核, not seen written after the change (ReviewTally.rechecked) */
  | { code: "changed"; changes: UnreviewedChange[]; rechecked: number[]; /** the 审核 sheet's name, which names the rows `rechecked` */ sheet: string }
  /** `returned`: of `rows`, those decided 退回修改 (confirmed as they are, they still hold: lock refuses); `rechecked`: of `rows`, those whose 审核意见 already holds 已复核 */
  | { code: "stale"; n: number; sheet: string; rows: number[]; items: OpenRow[]; unmarked: number; returned: number[]; rechecked: number[] }
  | { code: "unassessed"; rows: UnassessedRow[]; passed: string[] }
  | { code: "unassessed_list"; rows: UnassessedRow[] };

/**
 * Every reason `lock` refuses a return for, each kind once and in the order lock says them (errors,
 * the 审核 rows sorted apart, 退回修改, changes since the lock, 待复核, 待人工评估 of indicators, then of lists); [] when lock would
 * lock it (what it locks all the same but notes — 待审核, lags without 说明, 未填报 — is no reason).
 * `report` is lock's check of the return (checkGrid, no rules or previous year: lock takes none),
 * `tally` its 审核 sheet read against that report (reviewTally), `unassessed` unassessedRows of that
 * report and the return's entries (returnEntries); `acceptUnassessed` (--accept-unassessed) drops the
 * 待人工评估 reason. Pure. The one rule for `lock` (which refuses by it) and `review` (which names, as
 * its next step, what lock would still refuse for), so the two cannot disagree (final34 F2: review
 * said lock would work on a return lock refused for a 人工评估 left blank). Source: docs/cli-reference.md (lock).
 */
export function lockRefusals(report: CheckReport, tally: ReviewTally, unassessed: readonly UnassessedRow[], acceptUnassessed = false): LockRefusal[] {
  const out: LockRefusal[] = [];
  const errors = lockErrors(report);
  if (errors.length) out.push({ code: "errors", errors });
  // the 审核 rows sorted apart from their keys: no decision can be taken for its item, nor counted
  const apart = tally.placement?.code === "review_rows_out_of_place" ? tally.placement : null;
  if (apart) out.push({ code: "rows_out_of_place", problem: apart });
  if (!apart && tally.returned) out.push({ code: "returned", n: tally.returned, sheet: tally.sheet, rows: tally.returnedRows, items: tally.returnedItems });
  // locking again records the values now as accepted: a change since the lock only once a decision was made on it
  // review does not clear 待复核: the reviewer decides on those rows again (a row whose change since the lock is named above is not named twice)
  const changedRows = new Set(tally.unreviewed.map((c) => c.row).filter((row) => row > 0));
  // a 已复核 already in a row's 审核意见 is not seen written after the change: said, as asking for it again reads as done (trial42a F2)
  if (!apart && tally.unreviewed.length) out.push({ code: "changed", changes: tally.unreviewed, rechecked: tally.rechecked.filter((row) => changedRows.has(row)), sheet: tally.sheet });
  const staleRows = tally.staleRows.filter((row) => !changedRows.has(row));
  const stale = tally.stale - (tally.staleRows.length - staleRows.length);
  if (!apart && stale > 0) out.push({ code: "stale", n: stale, sheet: tally.sheet, rows: staleRows, items: tally.staleItems.filter((o) => !changedRows.has(o.row)), unmarked: Math.min(stale, tally.staleUnmarked), returned: tally.staleReturnedRows.filter((row) => !changedRows.has(row)), rechecked: tally.rechecked.filter((row) => staleRows.includes(row)) });
  // 人工评估 is the reviewer's own cell: one left blank is locked blank, so it is refused unless meant
  const cells = unassessed.filter((u) => !u.list);
  if (cells.length && !acceptUnassessed) out.push({ code: "unassessed", rows: cells, passed: cells.filter((u) => tally.marks[u.item] === "通过").map((u) => u.item) });
  // a list's row has no such cell: its 审核结论 is the conclusion, so one with none is refused alike (one rule)
  const lists = unassessed.filter((u) => u.list);
  if (lists.length && !acceptUnassessed) out.push({ code: "unassessed_list", rows: lists });
  return out;
}
