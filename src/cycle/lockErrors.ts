import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { problemSeverity } from "../sheet/problemSeverity";
import { isLockError } from "./isLockError";

/** An error that keeps a return from being accepted: a row's issue, or a sheet's problem of severity error (problemSeverity), with its text. */
export type LockError = Pick<CheckItem["issues"][number], "message" | "messageEn" | "cell" | "params"> & { code: string };

/**
 * The errors that keep a return from being accepted (lock refuses it, the ledger does not show
 * it 通过 whatever the 审核 sheet says): every issue of severity error but a value changed after
 * an earlier lock, which a reviewer accepts by deciding on its row and locking again (lock refuses it
 * until then: unreviewedChanges), then each problem of a sheet of severity error (problemSeverity; the others are warnings). One rule for lock, the
 * ledger and review's warning.
 */
export function lockErrors(report: CheckReport): LockError[] {
  const rows: LockError[] = report.items.flatMap((i) => i.issues.filter(isLockError));
  const sheets = report.problems.flatMap((p) => (problemSeverity(p) === "error" ? [{ code: p.code, message: describeWorkbookProblem(p, "zh"), messageEn: describeWorkbookProblem(p, "en") }] : []));
  return [...rows, ...sheets];
}
