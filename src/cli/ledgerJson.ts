import { chaseOf, type ChaseReason } from "../cycle/chaseOf";
import { isAcceptedIncomplete } from "../cycle/isAcceptedIncomplete";
import { isIncomplete } from "../cycle/isIncomplete";
import { isExplainedIncomplete } from "../cycle/isExplainedIncomplete";
import type { LedgerState, UnitFacts } from "../cycle/UnitFacts";

/** 报送状态 coded for --json (`ledger[].stateCode`), whatever --lang: `state` stays the ledger sheet's Chinese word (trial37b F9). */
const STATE_CODES: Readonly<Record<LedgerState, "not_sent" | "sent" | "returned" | "accepted">> = { 未报: "not_sent", 已报: "sent", 退回: "returned", 通过: "accepted" };

/**
 * `summary --json`'s `ledger[]`: each unit's facts; `stateCode`, 报送状态 coded (`not_sent` 未报, `sent` 已报, `returned`
 * 退回, `accepted` 通过) beside `state`, the ledger sheet's word, kept as it was for scripts reading it (trial37b F9: Chinese
 * even with --lang en, while `chase` is coded); `chase`, what it is chased for as of `asOf`
 * (ISO date; chaseOf: `not_sent`, `restore_cover`, `complete`, `correct`, `explain`, in that order, [] when nothing),
 * as the terminal's lines and the ledger sheet's 催办 column say it; and where it has rows 未填报
 * which list names it, as the text and the ledger sheet do: `incomplete: "to_complete"` (补填: 已报
 * or 退回, isIncomplete), `"explained"` (sent with every such row explained in its 说明, not chased:
 * isExplainedIncomplete, evaluation-rules §6a) or `"accepted"` (已通过但有未填报: 通过, not chased, isAcceptedIncomplete).
 */
export function ledgerJson(facts: readonly UnitFacts[], asOf: string): Array<UnitFacts & { stateCode: string; chase: ChaseReason[]; incomplete?: "to_complete" | "explained" | "accepted" }> {
  return facts.map((f) => {
    const chase = chaseOf(f, asOf);
    const coded = { ...f, stateCode: STATE_CODES[f.state] };
    return isIncomplete(f) ? { ...coded, chase, incomplete: "to_complete" as const } : isExplainedIncomplete(f) ? { ...coded, chase, incomplete: "explained" as const } : isAcceptedIncomplete(f) ? { ...coded, chase, incomplete: "accepted" as const } : { ...coded, chase };
  });
}
