import type { ChaseReason } from "./chaseOf";

/**
 * How the 报送台账 sheet marks each reason a unit is chased (chaseOf): in its 催办 column, one word
 * per reason, and beside each line of its 催报 list. The workbook stays Chinese whatever `--lang`
 * (cli-reference, --lang); the terminal says the same in its lines (cycleMessage summary_not_sent,
 * the unit's unusable-file line for resend, summary_to_complete, summary_to_correct, summary_to_recheck, summary_to_explain), `--json` by the codes.
 */
export const CHASE_MARKS: Record<ChaseReason, string> = { not_sent: "催报", resend: "换现行版本", restore_cover: "补回「填报说明」表", complete: "督促补填", correct: "退回改正", recheck: "审核复核", explain: "督促说明" };
