import { missingToChase } from "./missingToChase";
import type { UnitFacts } from "./UnitFacts";

/**
 * Whether a unit sent its return (已报 or 退回) with rows 未填报 for the year, every one of them left
 * blank with its reason in 说明 (isExplainedMissing; evaluation-rules §6a, our reading): not on the 补填
 * list (isIncomplete is false), but named as explained, alike in the text (均已说明), `--json`'s
 * `ledger[].incomplete: "explained"` and the ledger sheet's 催报 list (已说明), so a manager sees why
 * it is not chased rather than nothing at all.
 */
export function isExplainedIncomplete(f: Pick<UnitFacts, "state" | "missing" | "explainedMissing">): boolean {
  return (f.state === "已报" || f.state === "退回") && f.missing > 0 && missingToChase(f) === 0;
}
