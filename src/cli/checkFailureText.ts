import type { Lang } from "../domain/describeIssue";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { ownWorkbookProblem } from "../cycle/ownWorkbookProblem";
import type { GridWorkbook } from "../sheet/Grid";
import type { WorkbookProblem } from "../sheet/WorkbookProblem";
import { labelColon } from "../domain/labelColon";

/**
 * One line for a workbook that could not be checked: the file, then why, in `lang`. A coded
 * refusal (CheckOutcome's `problem`: not_plan_returns, bad_meta, no_year) is written from the
 * catalogue; one without a code (a --city of another year) as its message says. In Chinese it
 * is `<file>：<message>`, as before. `grid`, the workbook read: the 报送台账 or a summary named alone
 * (no return's metadata; cycle/ownWorkbookKind) is said to be that (a summary with the units it covers), as a folder's passes it over, not
 * a return copied into a new workbook (its cover reads 下发文件).
 */
export function checkFailureText(file: string, r: { message: string; problem?: WorkbookProblem }, lang: Lang, grid?: GridWorkbook): string {
  // a summary names the units it covers (its 汇总范围), as summary and report say it among returns
  const problem = grid && r.problem ? ownWorkbookProblem(grid, r.problem) : r.problem;
  return `${file}${labelColon(lang)}${problem ? describeWorkbookProblem(problem, lang) : r.message}`;
}
