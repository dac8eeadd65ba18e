/**
 * The signs plans put after a name or a value to point to a footnote or to say 约束性 (`*`, `★`, `※`,
 * superscript digits, circled numbers ①, `注1`): the one home of them for nameMark and valueMark.
 */
export const MARK_SIGNS = "*＊※★☆▲△◆#＃";
/**
 * `text` with each mark sign in one width (`＊` as `*`, `＃` as `#`: their NFKC form; the other signs have none), so
 * marks are compared whatever width a copy gave them: a value's `60.6*` points to the note `①＊为2019年数据` (trial46a F4),
 * and `带＊的为约束性指标` names a name's `*`. Only the signs change: `①` and superscripts stay as written.
 */
export function markWidth(text: string): string {
  return [...text].map((c) => (MARK_SIGNS.includes(c) ? c.normalize("NFKC") : c)).join("");
}

/** A cell that is only marks (a 属性 cell `▲`, whose meaning a note below the table gives: attributeNote). */
export function isMarkOnly(cell: string): boolean {
  return new RegExp(`^[${MARK_SIGNS}]+$`, "u").test(cell.replace(/\s/gu, ""));
}

const SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰";

/** A run of marks at the end of a text (its source, without anchors). */
export const MARK_RUN = `[${MARK_SIGNS}]+|[${SUPERSCRIPTS}]+|[\\u2460-\\u2473]+|[(（]?\\s*注\\s*\\d{1,2}\\s*[)）]?`;

/** A footnote mark in square brackets (`[1]`, `［2］`); a bracketed number as a target (`[20]`) is a five-year total, never this. */
export const BRACKET_MARK = /[[［]\s*(\d{1,2})\s*[\]］]/u;

/**
 * The note a bracketed mark points to (`注：[1] PM2.5年均浓度按国家考核口径计算。`, `注[1]：…`): from its
 * bracket to the next bracketed number or the end of its sentence; "" when no note starts so.
 */
function bracketNote(n: string, notes: readonly string[]): string {
  const at = new RegExp(`[[［]\\s*${n}\\s*[\\]］](?![\\d.．])`, "u");
  for (const note of notes) {
    const m = at.exec(note);
    if (m === null) continue;
    const rest = note.slice(m.index);
    const end = /。|(?=[[［]\s*\d{1,2}\s*[\]］]\s*\S)/u.exec(rest.slice(m[0].length));
    const text = end === null ? rest : rest.slice(0, m[0].length + end.index + end[0].length);
    // the bracket alone (`〔〕、[]内为累计数` names none) is no note
    if (text.slice(m[0].length).replace(/^[\s:：]+/u, "") !== "") return text.trim();
  }
  return "";
}

/**
 * A note's own number (`1.`, `2、`) where a note starts: not inside a decimal (`2.5%`) nor after a letter or a digit
 * (`PM2.5`, `12.`): trial33's notes were cut at the `2.` of `PM2.5` and `2.5%`. Group 1 is what stands before it (the
 * character is matched and kept: no lookbehind, which Office 2019's ES2017 webview refuses).
 */
const NOTE_NUMBER = /(^|[^0-9A-Za-z.．])([0-9]+[.、．])(?![0-9])/gu;

/**
 * The notes below the table one footnote a line (`注：1.…；2.…` → `1.…；`, `2.…`), as footnoteOf returns them: the one
 * home of where a note starts, for a reading that weighs a table's numbered notes (gluedValueMarks).
 */
export function noteLines(notes: readonly string[]): string[] {
  // a line break after 。；; stands for the lookbehind (?<=[。；;]), which Office 2019's ES2017 webview refuses; so does
  // one before a note's number (NOTE_NUMBER): a decimal number in a note is no footnote number
  return notes.flatMap((n) => n.replace(/([。；;])/gu, "$1\n").replace(NOTE_NUMBER, "$1\n$2").split(/\n|(?=[\u2460-\u2473])/u)).map((l) => l.replace(/^注[:：]\s*/, "").trim());
}

/** The footnote a mark points to among the notes below the table (`注：*为2019年数据`, `①…`, `1.…`, `[1] …`), or "". */
export function footnoteOf(mark: string, notes: readonly string[]): string {
  const bracket = BRACKET_MARK.exec(mark);
  if (bracket?.[1] !== undefined && bracket[0] === mark.trim()) return bracketNote(bracket[1], notes);
  const signs = [...markWidth(mark)].filter((c) => MARK_SIGNS.includes(c) || /[\u2460-\u2473]/u.test(c));
  const digits = [...mark].map((c) => (SUPERSCRIPTS.includes(c) ? String((SUPERSCRIPTS.indexOf(c) + 1) % 10) : /\d/.test(c) ? c : "")).join("");
  for (const l of noteLines(notes)) {
    if (signs.length > 0 && signs.some((s) => markWidth(l).includes(s))) return l;
    if (digits !== "" && new RegExp(`^${digits}[.、．](?![0-9])`).test(l)) return l;
    // a note line that starts with the superscript itself (`¹GDP增长率按可比价格计算。`), not with a longer one (`¹²`)
    if (SUPERSCRIPTS.includes(mark[0] ?? "") && l.startsWith(mark) && !SUPERSCRIPTS.includes(l[mark.length] ?? "")) return l;
  }
  return "";
}
