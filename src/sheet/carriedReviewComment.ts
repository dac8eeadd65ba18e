import { fnv1a } from "../templates/fnv1a";

/** What review does with the 审核意见 typed beside a row in its own sheet, for the row's 审核意见 on the 审核 sheet. */
export interface CarriedReviewComment {
  /** the text to write into the row's 审核意见 on the 审核 sheet (said: review_comments_taken); undefined: the cell is kept as read */
  write?: string;
  /** the record of the 审核 sheet's hidden `carried` column for the row: which text typed beside the row the sheet has had */
  record: string;
}

/** The record of a text (trimmed): fnv1a's 8 hex digits, short, as only rows with a comment carry one. */
const recordOf = (text: string): string => (text.trim() ? fnv1a(text.trim()) : "");

/**
 * The one rule, for `review` and 生成审核表 alike, for a 审核意见 typed beside a row in its own indicator, project or
 * reform sheet (`typed`, typedReviewComments) and the row's 审核意见 on the 审核 sheet as read (`comment`), given the
 * row's `carried` record (`record`: which typed text the sheet has had, "" for none or a sheet from before the record):
 *
 * - a typed text the sheet has had already is not carried again: a reviewer who emptied it there (deleted it on
 *   purpose) keeps it empty, run after run, though the indicator sheet still holds it (session 46: it came back);
 * - a new or changed typed text is carried where the row's 审核意见 is empty, or still holds, untouched, the text last
 *   carried (the reviewer changed their comment where they typed it; their words on the 审核 sheet are never overwritten);
 * - a 审核意见 that already reads the typed text (a sheet written before the record) is recorded as had, so emptying it
 *   later holds too.
 *
 * Nothing typed beside the row: no record (a text typed there later is new).
 */
export function carriedReviewComment(typed: string, comment: string, record: string): CarriedReviewComment {
  const text = typed.trim();
  if (!text) return { record: "" };
  const had = recordOf(text);
  if (record === had) return { record };
  const now = comment.trim();
  if (!now || (record !== "" && recordOf(now) === record)) return { write: text, record: had };
  if (now === text) return { record: had };
  return { record };
}
