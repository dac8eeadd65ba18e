import type { Issue } from "../../domain/Issue";
import type { CheckItem } from "../../sheet/CheckReport";

/**
 * The doubts a reviewer's acceptance answers: §8f's value far from the plan (the year's, an earlier year's), §3's year far
 * beyond the pace and §2's percentage asked as a fraction (fraction_suspect: 0.035 a true year's).
 */
const ANSWERED: readonly string[] = ["far_from_plan", "earlier_year_far", "year_over_pace", "fraction_suspect"];

/**
 * Whether the reviewer already accepted `issue` (a far_from_plan, earlier_year_far or year_over_pace warning) of `item`,
 * so the pane does not put it to the filer for 核实 again (its place among the urgent rows: sortFlags; its guessed 应用:
 * buildFixes): accepted at the lock (params.locked, which applyLock — the one home for a change after the lock — gives
 * only on a return locked after review and never on a row changed since), or by a 通过 or 已说明 in force on its 审核
 * row (`accepted`: ReviewTally.accepted, `template|id`; a decision on a row changed since is 待复核 and not in it). The
 * report's grade does not follow: a value to verify stays 未能评估 (lockNotes), and check and the summary still count it.
 */
export function acceptedDoubt(item: Pick<CheckItem, "template" | "id">, issue: Pick<Issue, "code" | "params">, accepted: ReadonlySet<string>): boolean {
  if (!ANSWERED.includes(issue.code)) return false;
  const locked = issue.params?.["locked"] !== undefined && issue.params["unreviewed"] === undefined;
  return locked || accepted.has(`${item.template}|${item.id}`);
}
