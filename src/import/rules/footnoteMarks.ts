/**
 * The signs plans put after a name or a value to point to a footnote or to say 约束性 (`*`, `★`, `※`,
 * superscript digits, circled numbers ①, `注1`): the one home of them for nameMark and valueMark.
 */
export const MARK_SIGNS = "*＊※★☆▲△◆#＃";
const SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰";

/** A run of marks at the end of a text (its source, without anchors). */
export const MARK_RUN = `[${MARK_SIGNS}]+|[${SUPERSCRIPTS}]+|[\\u2460-\\u2473]+|[(（]?\\s*注\\s*\\d{1,2}\\s*[)）]?`;

/** The footnote a mark points to among the notes below the table (`注：*为2019年数据`, `①…`, `1.…`), or "". */
export function footnoteOf(mark: string, notes: readonly string[]): string {
  const signs = [...mark].filter((c) => MARK_SIGNS.includes(c) || /[\u2460-\u2473]/u.test(c));
  const digits = [...mark].map((c) => (SUPERSCRIPTS.includes(c) ? String((SUPERSCRIPTS.indexOf(c) + 1) % 10) : /\d/.test(c) ? c : "")).join("");
  // a line break after 。；; stands for the lookbehind (?<=[。；;]), which Office 2019's ES2017 webview refuses
  const lines = notes.flatMap((n) => n.replace(/([。；;])/gu, "$1\n").split(/\n|(?=[0-9]+[.、．])|(?=[\u2460-\u2473])/u)).map((l) => l.replace(/^注[:：]\s*/, "").trim());
  for (const l of lines) {
    if (signs.length > 0 && signs.some((s) => l.includes(s))) return l;
    if (digits !== "" && new RegExp(`^${digits}[.、．]`).test(l)) return l;
  }
  return "";
}
