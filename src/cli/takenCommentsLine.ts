import type { TypedReviewComment } from "../sheet/typedReviewComments";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The line `review` and the pane's 生成审核表 say when what a reviewer typed in rows' own 审核意见 was taken into the
 * 审核 sheet (review_comments_taken: 已把指标表“审核意见”列中 2 条意见移入审核表); null when nothing was.
 */
export function takenCommentsLine(taken: readonly TypedReviewComment[], lang: Lang): string | null {
  if (taken.length === 0) return null;
  return cycleMessage("review_comments_taken", { n: taken.length, kinds: [...new Set(taken.map((c) => c.kind))].join(",") }, lang);
}
