/**
 * The 说明 that say nothing: "none" or "no data" in a word (无, 暂无, 略 …), which only restate that the
 * cell is blank. Compared after punctuation, symbols and spaces are taken out and Latin letters
 * lowered, so 无。, （暂无）, N/A and "none." are among them. The one home of these words (the sheet's
 * 说明-required rule reads them from here: src/sheet/reasonMissingFormula.ts).
 */
export const SAYS_NOTHING: readonly string[] = ["无", "暂无", "没有", "略", "空", "无说明", "暂无说明", "无数据", "暂无数据", "na", "none", "nil", "null"];
const NOTHING: ReadonlySet<string> = new Set(SAYS_NOTHING);

/**
 * The UTF-16 code units a reason is made of, letters and figures, as [first, last] ranges, ascending and
 * apart: ASCII and full-width letters and digits, Latin, Greek and Cyrillic letters, kana, hangul, CJK (with
 * 々〆〇 and the surrogate halves of its extensions), ①–⒇ and other enclosed figures. Everything else is
 * taken out: every kind of space (U+3000, NBSP, zero-width, BOM), punctuation and symbols (/ - — . 。 ？ ★ …).
 * As ranges of what is kept, not \p{P}\p{S}: the pane runs in Office 2019's ES2017 webview. The one home of
 * these ranges: the engine's pattern and the sheet's formula (reasonMissingFormula) are both made from them.
 */
export const REASON_CHARS: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xb2, 0xb3], [0xb5, 0xb5], [0xb9, 0xba], [0xbc, 0xbe], [0xc0, 0xd6],
  [0xd8, 0xf6], [0xf8, 0x24f], [0x370, 0x4ff], [0x2070, 0x2079], [0x2080, 0x2089], [0x2150, 0x2189], [0x2460, 0x24ff],
  [0x2776, 0x2793], [0x3005, 0x3007], [0x3021, 0x3029], [0x3038, 0x303a], [0x3040, 0x309f], [0x30a1, 0x30fa], [0x30fc, 0x30ff],
  [0x3220, 0x3229], [0x3248, 0x324f], [0x3251, 0x325f], [0x3280, 0x3289], [0x32b1, 0x32bf], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xac00, 0xd7a3], [0xd800, 0xdfff], [0xf900, 0xfaff], [0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a], [0xff66, 0xff9f],
];

const unit = (n: number): string => `\\u${n.toString(16).padStart(4, "0")}`;
// all but REASON_CHARS
const NOT_WORDS = new RegExp(`[^${REASON_CHARS.map(([a, b]) => (a === b ? unit(a) : `${unit(a)}-${unit(b)}`)).join("")}]+`, "g");

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
  return words !== "" && !NOTHING.has(words);
}
