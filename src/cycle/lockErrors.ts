import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import type { WorkbookProblemCode } from "../sheet/WorkbookProblem";

/** An error that keeps a return from being accepted: a row's issue, or a sheet's problem (BLOCKING), with its text. */
export type LockError = Pick<CheckItem["issues"][number], "message" | "messageEn" | "cell" | "params"> & { code: string };

/**
 * The workbook problems that keep a return from being accepted as an error of a row does: the sheet's
 * own formulas no longer compute its rows, so the locked file would show grades that are not its rows'.
 * The other problems are warnings a reviewer reads and may accept (previous_year_copied: values equal to
 * last year's may be true, and no 说明 could keep a sheet's warning), so they do not block.
 */
const BLOCKING: ReadonlySet<WorkbookProblemCode> = new Set(["own_formulas_broken"]);

/**
 * The errors that keep a return from being accepted (lock refuses it, the ledger does not show
 * it 通过 whatever the 审核 sheet says): every issue of severity error but a value changed after
 * an earlier lock, which a reviewer accepts by deciding on its row and locking again (lock refuses it
 * until then: unreviewedChanges), then each BLOCKING problem of a sheet. One rule for lock, the
 * ledger and review's warning.
 */
export function lockErrors(report: CheckReport): LockError[] {
  const rows: LockError[] = report.items.flatMap((i) => i.issues.filter((x) => x.severity === "error" && x.code !== "locked_value_changed"));
  const sheets = report.problems.flatMap((p) => (BLOCKING.has(p.code) ? [{ code: p.code, message: describeWorkbookProblem(p, "zh"), messageEn: describeWorkbookProblem(p, "en") }] : []));
  return [...rows, ...sheets];
}
