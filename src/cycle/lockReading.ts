import type { CheckReport } from "../sheet/CheckReport";
import type { LockState } from "./applyLock";
import type { GridWorkbook } from "../sheet/Grid";
import { lockRefusals, type LockRefusal } from "./lockRefusals";
import { returnEntries } from "./returnEntries";
import type { EnteredValue } from "./returnValues";
import { reviewTally, type ReviewTally, type WrittenReview } from "./reviewTally";
import { unassessedRows, type UnassessedRow } from "./unassessedRows";

/**
 * A return as `lock` reads it: its check, its 审核 sheet tallied against it, the rows still 待人工评估, and what lock refuses it for;
 * `lock`, its lock as applyLock read it, where the caller gives it (the pane): a lock that locking again would keep (keptLock) is said so.
 */
export interface LockReading { report: CheckReport; tally: ReviewTally; unassessed: UnassessedRow[]; refusals: LockRefusal[]; lock?: LockState }

/**
 * A return read as `lock` reads it (runLock): `report` is lock's check of `grid` (checkGrid with no rules,
 * previous year or city; the lock applied where the caller's lock reading needs changes since it: applyLock),
 * `tally` its 审核 sheet against it (reviewTally), `unassessed` its rows still 待人工评估 that no conclusion settles (unassessedRows, a list's by its 审核结论; the
 * entries are read only when a row is 待人工评估 at all, or taken as given: `entries`, returnEntries of the same
 * return, which lock reads anyway for its fingerprints), `refusals` lockRefusals of them ([] when lock locks it).
 * The one reading behind lock's refusal, review's next step, check's 不能锁定 lines and the pane's outlook, so
 * none of them can say another thing than lock does (trial36 T2: check named errors only). `written`: the 审核
 * sheet the pane is about to write, read in place of the grid's (reviewTally). Pure.
 */
export function lockReading(grid: GridWorkbook, report: CheckReport, acceptUnassessed = false, entries?: ReadonlyMap<string, EnteredValue>, written?: WrittenReview): LockReading {
  const tally = reviewTally(grid, report, written);
  const unassessed = report.items.some((i) => i.status === "manual") ? unassessedRows(report, entries ?? returnEntries(grid, report), tally.accepted) : [];
  return { report, tally, unassessed, refusals: lockRefusals(report, tally, unassessed, acceptUnassessed) };
}
