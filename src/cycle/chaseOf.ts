import type { UnitFacts } from "./UnitFacts";
import { isDue } from "./isDue";
import { isIncomplete } from "./isIncomplete";
import { toPutRight } from "./toPutRight";

/**
 * What a manager chases a unit for, in `summary --json`'s `ledger[].chase`, the 报送台账 sheet's 催办
 * column and 催报 list, and the terminal's lines: `not_sent` (催报: no return counted), `restore_cover` (补回「填报说明」表:
 * its 填报说明 sheet was deleted, with the year, the unit and the signatures 填报人, 单位负责人), `complete`
 * (督促补填: rows left 未填报), `correct` (退回改正: errors), `recheck` (审核复核: cells changed since the lock, for the
 * reviewer to accept or send back, toPutRight's `changed`; trial38 F4) and `explain` (督促说明: lagging rows
 * without a 说明), `resend` (换现行版本: its return came on another version of the plan, an amended plan's
 * old form: it did send, it is to be moved onto or sent again on the current version, not chased as late).
 */
export type ChaseReason = "not_sent" | "resend" | "restore_cover" | "complete" | "correct" | "recheck" | "explain";

type Chased = Pick<UnitFacts, "state" | "deadline" | "missing" | "explainedMissing" | "errors" | "unexplainedLags" | "held" | "blockers" | "unusable" | "mergedIn" | "coverDeleted">;

/**
 * The reasons a unit is chased as of `asOf` (ISO date; "" when none is known: every unit not sent
 * is due), in this order, [] when none (trial29c F5; session 31: the ledger counted errors and lags
 * but chased only late units):
 * - `resend`: 未报 because its file came on another version of the plan than the one used (`unusable`
 *   other_version), whatever the deadline: what to chase is the current version's return, not a return;
 * - `not_sent`: 未报 and due now: its file came and cannot be summed (`unusable`, another reason), or came merged
 *   into another unit's workbook (`mergedIn`), both chased whatever the deadline; else its deadline
 *   is past, today, near or not set (isDue);
 * - `restore_cover`: the return counted lost its 填报说明 sheet (coverDeleted), which the unit copies back from the
 *   distributed workbook (trial35 F4: the terminal and 问题清单 asked for it, the printed ledger's 催办 was empty);
 * - `complete`: sent (已报 or 退回) with rows 未填报 (isIncomplete);
 * - `correct`: errors to correct (toPutRight), or decisions all 通过 while errors remain (`held`:
 *   lock refuses it; named on its own line, summary_held and the sheet's 更正);
 * - `recheck`: cells changed since the lock, for the reviewer (toPutRight's `changed`), not errors to send back;
 * - `explain`: lagging rows without a 说明 to explain (toPutRight).
 * A return accepted (通过) is chased for nothing: the reviewer took it as it is.
 */
export function chaseOf(f: Chased, asOf: string): ChaseReason[] {
  const put = toPutRight(f);
  const resend = f.state === "未报" && f.unusable === "other_version";
  const due = !resend && f.state === "未报" && (f.unusable !== undefined || f.mergedIn !== undefined || isDue(f.deadline, asOf));
  return [
    ...(resend ? ["resend" as const] : []),
    ...(due ? ["not_sent" as const] : []),
    ...(f.coverDeleted && f.state !== "通过" ? ["restore_cover" as const] : []),
    ...(isIncomplete(f) ? ["complete" as const] : []),
    ...(put.errors > 0 || (f.held ?? 0) > 0 ? ["correct" as const] : []),
    ...(put.changed.length > 0 ? ["recheck" as const] : []),
    ...(put.lags > 0 ? ["explain" as const] : []),
  ];
}
