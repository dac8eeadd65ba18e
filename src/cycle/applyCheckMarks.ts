import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { applyLock, type LockState } from "./applyLock";
import { markAssessmentsToConfirm } from "./markAssessmentsToConfirm";

/**
 * What `check` adds to checkGrid's report of a return, in place: its lock applied (applyLock: a value changed since
 * is an error) and each 人工评估 conclusion no 审核结论 confirms yet said on its row and counted in the totals
 * (markAssessmentsToConfirm, trial44a F5). The one home of both for `check` and the task pane's 校验 (ui/shared/lockedCheck),
 * so the pane says what check says (dev45d: the pane's 校验 said nothing of an unconfirmed 人工评估); summary, review and
 * lock apply the lock alone. `sha256`: the host's hash (hex). Returns the lock's state.
 */
export function applyCheckMarks(grid: GridWorkbook, report: CheckReport, sha256: (text: string) => string): LockState {
  const lock = applyLock(grid, report, sha256);
  markAssessmentsToConfirm(grid, report);
  return lock;
}
