import { chaseOf, type ChaseReason } from "../cycle/chaseOf";
import { isAcceptedIncomplete } from "../cycle/isAcceptedIncomplete";
import { isIncomplete } from "../cycle/isIncomplete";
import { isExplainedIncomplete } from "../cycle/isExplainedIncomplete";
import type { UnitFacts } from "../cycle/UnitFacts";

/**
 * `summary --json`'s `ledger[]`: each unit's facts; `chase`, what it is chased for as of `asOf`
 * (ISO date; chaseOf: `not_sent`, `restore_cover`, `complete`, `correct`, `explain`, in that order, [] when nothing),
 * as the terminal's lines and the ledger sheet's 催办 column say it; and where it has rows 未填报
 * which list names it, as the text and the ledger sheet do: `incomplete: "to_complete"` (补填: 已报
 * or 退回, isIncomplete), `"explained"` (sent with every such row explained in its 说明, not chased:
 * isExplainedIncomplete, evaluation-rules §6a) or `"accepted"` (已通过但有未填报: 通过, not chased, isAcceptedIncomplete).
 */
export function ledgerJson(facts: readonly UnitFacts[], asOf: string): Array<UnitFacts & { chase: ChaseReason[]; incomplete?: "to_complete" | "explained" | "accepted" }> {
  return facts.map((f) => {
    const chase = chaseOf(f, asOf);
    return isIncomplete(f) ? { ...f, chase, incomplete: "to_complete" as const } : isExplainedIncomplete(f) ? { ...f, chase, incomplete: "explained" as const } : isAcceptedIncomplete(f) ? { ...f, chase, incomplete: "accepted" as const } : { ...f, chase };
  });
}
