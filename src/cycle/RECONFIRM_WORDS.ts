/**
 * How a 待复核 row is decided again (trial36 N1: typing the same 通过 again changes nothing, as the workbook keeps no
 * trace of it; a change to any of the reviewer's columns is a decision made again, reviewSheet's `seen`). Words added
 * to its 审核意见 always change it; a new 审核日期 does not when the row was decided the same day (session 39, F6).
 * One wording for lock (lock_stale, lock_unassessed's steps), review's next step (review_next_decide) and the pane's
 * 汇总与审核 hint (summary.reviewHint; session 39: the hint still said 请重新下结论, which lock no longer asked).
 * `keep`: where the decision stands, confirm it so; `change`: else choose another. English lower-case, for the
 * sentence it goes into; `gloss(zh, en)` says a word of the 审核 sheet: the CLI's `已复核 (re-checked)`, the
 * pane's hints English first, `re-checked (已复核)` (englishReviewHints).
 */
export const RECONFIRM_WORDS = {
  zh: { keep: "结论未变的，在该行的审核意见里添上“已复核”即算复核", change: "结论要改的，改选结论即可" },
  en: {
    keep: (gloss: (zh: string, en: string) => string): string => `where the decision stands, add ${gloss("已复核", "re-checked")} to that row's ${gloss("审核意见", "comment")} to confirm it`,
    change: "choose another decision where it changes",
  },
} as const;
