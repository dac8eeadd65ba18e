import type { UnlistedDecision } from "../cycle/unlistedDecisions";
import { DECISIONS } from "../sheet/reviewSheet";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The line `review` prints, and the pane's 生成审核表 shows, for a 审核结论 outside the list (unlistedDecisions):
 * 注意：审核!M7 的审核结论「同意」不在列表中（通过、退回修改、已说明），按未审核计… (cycleMessages review_unlisted_decision).
 */
export function unlistedDecisionLine(u: UnlistedDecision, lang: Lang): string {
  return cycleMessage("review_unlisted_decision", { cell: u.cell, word: u.word, list: DECISIONS.join(lang === "en" ? ", " : "、") }, lang);
}
