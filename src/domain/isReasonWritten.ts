/**
 * The 说明 that say nothing: "none" or "no data" in a word (无, 暂无, 略 …), which only restate that the
 * cell is blank. Compared after punctuation, symbols and spaces are taken out and Latin letters
 * lowered, so 无。, （暂无）, N/A and "none." are among them. The one home of these words.
 */
const SAYS_NOTHING: ReadonlySet<string> = new Set(["无", "暂无", "没有", "略", "空", "无说明", "暂无说明", "无数据", "暂无数据", "na", "none", "nil", "null"]);

// all but letters and figures: every kind of space (U+3000, NBSP, zero-width, BOM), punctuation and symbols
// (/ - — . 。 ？ ★ …). As ranges of what is kept, not \p{P}\p{S}: the pane runs in Office 2019's ES2017 webview.
// Kept: ASCII and full-width letters and digits, Latin, Greek and Cyrillic letters, kana, hangul, CJK (with 々〆〇 and
// the surrogate halves of its extensions), ①–⒇ and other enclosed figures.
const NOT_WORDS = /[^0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u2070-\u2079\u2080-\u2089\u2150-\u2189\u2460-\u24ff\u2776-\u2793\u3005-\u3007\u3021-\u3029\u3038-\u303a\u3040-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3220-\u3229\u3248-\u324f\u3251-\u325f\u3280-\u3289\u32b1-\u32bf\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f\ud800-\udfff]+/g;

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
