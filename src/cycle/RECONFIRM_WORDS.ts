import { RECHECK_WORDS } from "../domain/RECHECK_WORDS";

/**
 * How a 待复核 row is decided again (trial36 N1: typing the same 通过 again changes nothing, as the workbook keeps no
 * trace of it; a change to any of the reviewer's columns is a decision made again, reviewSheet's `seen`). Words added
 * to its 审核意见 always change it; a new 审核日期 does too, but not when the row was decided the same day (session 39,
 * F6), so 已复核 comes first. One wording for lock (lock_stale, lock_changed, lock_unassessed's steps), check's lock
 * line, review's next step (review_next_decide) and the pane's 汇总与审核 hint and lock outlook (summary.reviewHint;
 * trial42a F3: lock_changed said 改一下审核日期 where review said 添上“已复核”, for one row).
 * `keep`: where the decision stands, confirm it so; `change`: else choose another; `held`: the 审核意见 already holds
 * `mark` (written for an earlier version or the first decision, or in the save that changed the row: the workbook keeps no order): it is no confirmation of what
 * the row holds now, so the reviewer adds it once more (trial42a F2: told 请添上“已复核” beside a cell that said so).
 * English lower-case, for the sentence it goes into; `gloss(zh, en)` says a word of the 审核 sheet: the CLI's
 * `已复核 (re-checked)`, the pane's hints English first, `re-checked (已复核)` (englishReviewHints).
 */
export const RECONFIRM_WORDS = {
  /** the word whose presence in a 审核意见 `held` speaks of (a change to the 审核意见, not this word, is what confirms) */
  mark: "已复核",
  zh: {
    keep: RECHECK_WORDS.zh.keep,
    change: "结论要改的，改选结论即可",
    held: "审核意见里原有的“已复核”不算这次复核（看不出是在改动之后写的），请再添一次“已复核”或改审核日期",
  },
  en: {
    keep: RECHECK_WORDS.en.keep,
    change: "choose another decision where it changes",
    held: (gloss: (zh: string, en: string) => string): string => `the ${gloss("已复核", "re-checked")} already in the ${gloss("审核意见", "comment")} does not count for this change (nothing shows it was written after it): add it once more, or change the ${gloss("审核日期", "review date")}`,
  },
} as const;
