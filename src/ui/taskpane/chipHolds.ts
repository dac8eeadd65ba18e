import type { Status } from "../../domain/Status";
import type { CheckItem } from "../../sheet/CheckReport";
import { listedStatus } from "../shared/listedStatus";

/**
 * Whether the 校验 list's status chip `s` reaches row `i`: the row's own status, or the status it is listed as
 * (listedStatus: a row holding an error lock refuses, such as a status typed over on a 已达标 row, is listed and
 * filtered with the 数据异常 rows). One rule for the chip's filter (flagRows) and its count (the pane's chips), so a
 * chip counts what it shows (session 41: 数据异常 said check's 1 beside a list of 2 once typed-over rows were listed there).
 */
export function chipHolds(i: Pick<CheckItem, "status" | "issues">, s: Status): boolean {
  return i.status === s || listedStatus(i) === s;
}
