import { isAcceptedIncomplete } from "../cycle/isAcceptedIncomplete";
import { isIncomplete } from "../cycle/isIncomplete";
import type { UnitFacts } from "../cycle/UnitFacts";

/**
 * `summary --json`'s `ledger[]`: each unit's facts, and where it has rows 未填报 which list names
 * it, as the text and the ledger sheet do: `incomplete: "to_complete"` (补填: 已报 or 退回,
 * isIncomplete) or `"accepted"` (已通过但有未填报: 通过, not chased, isAcceptedIncomplete).
 */
export function ledgerJson(facts: readonly UnitFacts[]): Array<UnitFacts & { incomplete?: "to_complete" | "accepted" }> {
  return facts.map((f) => (isIncomplete(f) ? { ...f, incomplete: "to_complete" as const } : isAcceptedIncomplete(f) ? { ...f, incomplete: "accepted" as const } : f));
}
