import type { WorkbookProblemCode } from "./WorkbookProblem";

/** How much a workbook problem weighs: an error keeps the return from being accepted, a warning is read and may be accepted. */
export type ProblemSeverity = "error" | "warning";

/**
 * The workbook problems that keep a return from being accepted as an error of a row does: the sheet's
 * own formulas no longer compute its rows, so the locked file would show grades that are not its rows';
 * a template of the metadata has no sheet (deleted), so all its rows are gone, not sent empty.
 */
const ERRORS: ReadonlySet<WorkbookProblemCode> = new Set(["own_formulas_broken", "template_sheet_missing"]);

/**
 * A workbook problem's severity: "error" for the problems that keep a return from being accepted
 * (lock refuses it: lockErrors), "warning" for every other problem, which a reviewer reads and may
 * accept (previous_year_copied: values equal to last year's may be true). One rule for lock, the
 * ledger, review's warning and the pane's colours (red, amber).
 */
export function problemSeverity(p: { code: WorkbookProblemCode }): ProblemSeverity {
  return ERRORS.has(p.code) ? "error" : "warning";
}
