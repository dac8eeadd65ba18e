import { missingToChase } from "./missingToChase";
import type { UnitFacts } from "./UnitFacts";

/**
 * Whether a unit sent its return with rows left 未填报 for the year and still has to complete
 * it: 已报 (waiting for review) or 退回 (sent back), not 通过 (the reviewer accepted it as it
 * is) and not 未报 (chased for the whole return). The ledger's 催报 list and the terminal name it.
 * Rows left blank with a 说明 (explainedMissing) are not to be completed (missingToChase, §6a).
 */
export function isIncomplete(f: Pick<UnitFacts, "state" | "missing" | "explainedMissing">): boolean {
  return (f.state === "已报" || f.state === "退回") && missingToChase(f) > 0;
}
