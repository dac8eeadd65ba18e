/**
 * The 说明 that say nothing: "none" or "no data" in a word (无, 暂无, 略 …), which only restate that the
 * cell is blank. Compared after punctuation, symbols and spaces are taken out and Latin letters
 * lowered, so 无。, （暂无）, N/A and "none." are among them. The one home of these words.
 */
const SAYS_NOTHING: ReadonlySet<string> = new Set(["无", "暂无", "没有", "略", "空", "无说明", "暂无说明", "无数据", "暂无数据", "na", "none", "nil", "null"]);

// every kind of space (U+3000, NBSP, zero-width, BOM) and every Unicode punctuation mark or symbol: / - — . 。 ？ ★ …
const NOT_WORDS = /[\p{P}\p{S}\p{Z}\s\u200b\ufeff]+/gu;

/**
 * Whether a 说明 (as typed; undefined or "" when none) gives a reason: it holds some word or figure
 * once punctuation, symbols and spaces are taken out, and is not only one of the words that say
 * nothing (无, 暂无, 没有, 略, 空, 无说明, 暂无说明, 无数据, 暂无数据, n/a, none, nil, null). So `/`, `-`,
 * `—`, `.`, `无`, `暂无。` and whitespace give none; `统计局尚未发布`, `待普查`, `2024年3月公布` do. What
 * makes a blank row 未填报（已说明） (isExplainedMissing; evaluation-rules §6a, our reading); whether a
 * reason given is good enough is still the reviewer's call.
 */
export function isReasonWritten(note: string | undefined): boolean {
  const words = (note ?? "").replace(NOT_WORDS, "").toLowerCase();
  return words !== "" && !SAYS_NOTHING.has(words);
}
