import { englishCount } from "./englishCount";

/**
 * What is asked of values changed since the lock (锁定后被改动): the reviewer re-checks them, accepting each or sending it
 * back, as `check` (locked_value_changed), the pane's 校验 line (msg.lockedChanged), `summary`'s line (summary_to_recheck)
 * and the 报送台账's 催报 list (ledgerSheet) all say it (trial38 F4; session 39: written in four places). In the domain so
 * that describeIssue, pure, shares it. `changed`: 锁定后被改动，请审核人员复核, with how many (`n`, a number or its text as
 * the catalogues' params carry it) and which cells (`cells`, joined) when given; English lower-case, for the sentence it
 * goes into. `how`: what the reviewer does on the 审核 sheet (`each`: of several changes, in English), with `keep`.
 * `keep`: how a row whose decision stands is confirmed (a change to the reviewer's columns is a decision made again:
 * RECONFIRM_WORDS, which says it from here for lock, review and the pane; trial42d F1: a row already 已说明 chosen
 * 已说明 again is no change, so `how` alone sent the reviewer round).
 */
export const RECHECK_WORDS = {
  zh: {
    changed: (n?: number | string, cells?: string): string => `锁定后被改动${n === undefined ? "" : ` ${n} 处`}${cells ? `（${cells}）` : ""}，请审核人员复核`,
    keep: "结论不变的，在该行的审核意见里添上“已复核”或改审核日期",
    how: (): string => `接受的在审核表中选“通过”或“已说明”（${RECHECK_WORDS.zh.keep}），不接受的选“退回修改”`,
  },
  en: {
    changed: (n?: number | string, cells?: string): string => `${n === undefined ? "" : `${englishCount(n, "value")} `}changed since the lock${cells ? ` (${cells})` : ""}, for the reviewer to re-check`,
    keep: (gloss: (zh: string, en: string) => string): string => `where the decision stands, add ${gloss("已复核", "re-checked")} to that row's ${gloss("审核意见", "comment")}, or change its ${gloss("审核日期", "review date")}`,
    how: (each = false): string => `accept ${each ? "each" : "it"} with 通过 (accept) or 已说明 (explained) on the review sheet (${RECHECK_WORDS.en.keep((zh, en) => `${zh} (${en})`)}), or send it back with 退回修改 (send back)`,
  },
} as const;
