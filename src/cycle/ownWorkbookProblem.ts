import type { GridWorkbook } from "../sheet/Grid";
import { workbookProblem, type WorkbookProblem } from "../sheet/WorkbookProblem";
import { ownWorkbookKind } from "./ownWorkbookKind";
import { summaryScope } from "./summaryScope";

/**
 * A refusal `not_plan_returns` of `grid` said as what the workbook is when it is one of the cycle's own
 * (cycle/ownWorkbookKind): `{own: "ledger"}`, or `{own: "summary", covers}` with the units the summary
 * summed (its 汇总范围, one a line; absent when they cannot be read). Any other problem, or a workbook of
 * no kind of ours, is returned as it came. The one home of this for `check` (cli/checkFailureText) and
 * the pane's 校验 (ui/shared/lockedCheck), so both say a summary is a summary.
 */
export function ownWorkbookProblem(grid: GridWorkbook, problem: WorkbookProblem): WorkbookProblem {
  if (problem.code !== "not_plan_returns") return problem;
  const own = ownWorkbookKind(grid);
  if (!own) return problem;
  const covers = own === "summary" ? summaryScope(grid) : [];
  return workbookProblem("not_plan_returns", { own, ...(covers.length ? { covers: covers.join("\n") } : {}) });
}
