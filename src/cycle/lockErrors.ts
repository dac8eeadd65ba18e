import type { CheckItem, CheckReport } from "../sheet/CheckReport";

/**
 * The errors that keep a return from being accepted (lock refuses it, the ledger does not show
 * it 通过 whatever the 审核 sheet says): every issue of severity error but a value changed after
 * an earlier lock, which a reviewer accepts by deciding on its row and locking again (lock refuses it
 * until then: unreviewedChanges). One rule for lock, the ledger and review's warning.
 */
export function lockErrors(report: CheckReport): Array<CheckItem["issues"][number]> {
  return report.items.flatMap((i) => i.issues.filter((x) => x.severity === "error" && x.code !== "locked_value_changed"));
}
