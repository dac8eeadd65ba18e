import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { lockRefusals, type LockRefusal } from "./lockRefusals";
import { returnEntries } from "./returnEntries";
import { reviewTally } from "./reviewTally";
import { unassessedRows } from "./unassessedRows";

/**
 * What `lock` (no --accept-unassessed) would refuse the return in `grid` for, as lock reads it: lockRefusals of
 * `report` (lock's own check of it: checkGrid, no rules or previous year), its 审核 sheet tallied against that
 * report (reviewTally) and its 待人工评估 rows (unassessedRows of returnEntries); [] when lock would lock it.
 * Pure. The pane's 生成审核表 and 校验 both say their 可以锁定 / 不能锁定 by it (lockOutlookLine), so the two
 * views cannot disagree. Source: docs/cli-reference.md (lock).
 */
export function returnLockRefusals(grid: GridWorkbook, report: CheckReport): LockRefusal[] {
  return lockRefusals(report, reviewTally(grid, report), unassessedRows(report, returnEntries(grid, report)));
}
