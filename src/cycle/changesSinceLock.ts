import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { applyLock } from "./applyLock";
import { lockedChanges, type LockedChange } from "./lockedChanges";

/**
 * The changes since the lock of a checked return (lockedChanges), found on a copy of its report:
 * `report` and the pane's 生成评估 grade the values as they are now and name these apart. Applied
 * to the report itself, a changed value would be an error on its cell and graded 数据异常, unlike
 * `summary`, which sums it. `sha256` is the host's hash (hex), as applyLock takes it.
 */
export function changesSinceLock(grid: GridWorkbook, report: CheckReport, sha256: (text: string) => string): LockedChange[] {
  const probe = { ...report, items: report.items.map((i) => ({ ...i, issues: [...i.issues] })), problems: [...report.problems] };
  applyLock(grid, probe, sha256);
  return lockedChanges(probe);
}
