import { applyLock, type LockState } from "../../cycle/applyLock";
import { ownWorkbookProblem } from "../../cycle/ownWorkbookProblem";
import { sha256Hex } from "../../cycle/sha256Hex";
import { checkGrid, type CheckOutcome } from "../../sheet/checkGrid";
import type { GridWorkbook } from "../../sheet/Grid";

/**
 * The pane's 校验 of the open workbook as `check` does a file: checkGrid, then the lock record
 * applied (applyLock, the pane's sha256Hex), so a value changed since `lock` is a flag
 * (locked_value_changed, error) and `lock` says what the result line adds (lockLine). A summary or
 * the 报送台账 opened in Excel is refused as what it is (cycle/ownWorkbookProblem: `own`, a summary's
 * `covers`), as `check` refuses the file, not as a blank workbook.
 */
export function lockedCheck(grid: GridWorkbook): Extract<CheckOutcome, { ok: false }> | (Extract<CheckOutcome, { ok: true }> & { lock: LockState }) {
  const r = checkGrid(grid);
  if (!r.ok) return { ...r, problem: ownWorkbookProblem(grid, r.problem) };
  return { ...r, lock: applyLock(grid, r.report, sha256Hex) };
}
