import { isPlanIssue } from "../domain/isPlanIssue";
import type { Status } from "../domain/Status";
import type { CheckItem } from "./CheckReport";

/** The statuses that put a row on a flag list whatever its issues: they ask for a look (a 说明, a value, a reviewer's word). */
export const FLAGGED: readonly Status[] = ["lagging", "severe", "missing", "invalid", "manual"];

/**
 * Whether a row is flagged: a status of FLAGGED, or an issue that is not informational (a
 * warning or an error, also on a row 已达标 or 不适用). One rule for `check`'s table, the task
 * pane's and the ribbon's lists, `review` and `summary`'s 问题清单, so they list the same rows.
 * The plan's own issues (isPlanIssue: a unit or direction read from the template) flag no row:
 * every return has them and no county can fix them; they are said once, as the plan's.
 */
export function isFlagged(i: Pick<CheckItem, "status" | "issues">): boolean {
  return FLAGGED.includes(i.status) || i.issues.some((x) => x.severity !== "info" && !isPlanIssue(x));
}
