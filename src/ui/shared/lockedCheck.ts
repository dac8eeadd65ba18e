import { applyLock, type LockState } from "../../cycle/applyLock";
import { applyCheckMarks } from "../../cycle/applyCheckMarks";
import { ownWorkbookProblem } from "../../cycle/ownWorkbookProblem";
import { sha256Hex } from "../../cycle/sha256Hex";
import { checkGrid, type CheckOutcome } from "../../sheet/checkGrid";
import type { GridWorkbook } from "../../sheet/Grid";
import { coverDeletedSaid } from "../../sheet/coverDeletedSaid";

/**
 * The pane's 校验 of the open workbook as `check` does a file: checkGrid, then the lock record
 * applied (applyLock, the pane's sha256Hex), so a value changed since `lock` is a flag
 * (locked_value_changed, error) and `lock` says what the result line adds (lockLine). A summary or
 * the 报送台账 opened in Excel is refused as what it is (cycle/ownWorkbookProblem: `own`, a summary's
 * `covers`), as `check` refuses the file, not as a blank workbook. `chosen`: a file the person chose (汇总所选文件),
 * whose name gives the unit of a return whose 填报说明 sheet was deleted (coverlessUnit), as `summary` reads it; else
 * the open workbook, whose name the pane never reads: its cover_deleted says no unit is read (`unread`), not
 * 填报单位按文件名读取 (trial35: 校验 told the person to fill C4 of the sheet deleted). `check`: the pane's 校验 (and the
 * ribbon's), which adds what `check` adds (applyCheckMarks: a 人工评估 not yet confirmed, said on its row and in the
 * totals); a summary applies the lock alone, as `summary` does.
 */
export function lockedCheck(grid: GridWorkbook, o: { chosen?: boolean; check?: boolean } = {}): Extract<CheckOutcome, { ok: false }> | (Extract<CheckOutcome, { ok: true }> & { lock: LockState }) {
  const r = checkGrid(grid);
  if (!r.ok) return { ...r, problem: ownWorkbookProblem(grid, r.problem) };
  const report = o.chosen ? r.report : coverDeletedSaid(r.report, { unread: true });
  return { ...r, report, lock: o.check ? applyCheckMarks(grid, report, sha256Hex) : applyLock(grid, report, sha256Hex) };
}
