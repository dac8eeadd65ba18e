import type { Status } from "../../domain/Status";
import type { CheckItem } from "../../sheet/CheckReport";
import { isLockError } from "../../cycle/isLockError";

/**
 * The status a row is listed and filtered as: 数据异常 for a row otherwise graded that holds an error lock
 * refuses (isLockError: a status cell typed over, status_overwritten), as lock counts it with the 数据异常 rows
 * (trial40e F5: it was listed last, under 已达标, out of reach of the 数据异常 chip); else its own status.
 */
export function listedStatus(i: Pick<CheckItem, "status" | "issues">): Status {
  return i.status !== "invalid" && i.issues.some(isLockError) ? "invalid" : i.status;
}
