import { halfWidth } from "../../domain/normalizeText";
/**
 * A 序号 written in the same cell as the name, as plans and web pages write it:
 * `1.学前教育毛入园率(%)`, `1、…`, `1．…`, `1。…`, `1 …`, `（2）每千人口床位数（张）`, `(2)…`, `①…` (①–⑳).
 * Chinese-numeral headings (`一、`, `（二）`) are domain headings, not numbers, and are not read here.
 */
export interface Numbered {
  number: string;
  name: string;
  /** true when number and name were written together without a space (`1.学前…`) */
  glued: boolean;
}

/**
 * The mark between a 序号 and its name, as a regex character class: `1.` `1．` `1、` and `1。` (web
 * copies write the ideographic full stop for `.`, `1。空气质量`). The one home of the marks: every
 * reader of a `1.名称` (numbered rows, sub-groups, list groups and items, headings) builds on it. A
 * digit after the mark makes a number instead (`78.3`, `76。7`: rules/decimalStop), so readers
 * require a non-digit after it.
 */
export const NUMBER_MARK = "[.．。、]";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
// after the dot a name, never a digit (`78.3`, `76。7` are numbers), except an age range (`8.0—6岁儿童…`)
const DOTTED = new RegExp(`^(\\d{1,3})\\s*${NUMBER_MARK}\\s*((?!\\d)\\S.*|\\d{1,2}\\s*[-—–~～至]\\s*\\d{1,2}\\s*(?:岁|周岁|月|年).*)$`, "u");
const SPACED = /^(\d{1,3})\s+(\S.*)$/u;
const BRACKETED = /^[（(]\s*(\d{1,3})\s*[)）]\s*(\S.*)$/u;

const BARE = [new RegExp(`^(\\d{1,3})${NUMBER_MARK}?$`), /^[（(](\d{1,3})[)）]$/] as const;
const BARE_LONG = [new RegExp(`^(\\d{1,4})${NUMBER_MARK}?$`), /^[（(](\d{1,4})[)）]$/] as const;

/** The number and the name of a cell that starts with a 序号; null when it does not. */
export function splitNumbering(cell: string): Numbered | null {
  // read on the half-width text (a web page's `１．名称`), the name taken as written: halfWidth keeps each character's place
  const raw = cell.trim();
  const t = halfWidth(raw);
  const asWritten = (name: string): string => raw.slice(raw.length - name.length);
  const circled = CIRCLED.indexOf(t.charAt(0));
  if (circled >= 0 && t.length > 1) return { number: String(circled + 1), name: raw.slice(1).trim(), glued: true };
  const spaced = SPACED.exec(t);
  if (spaced?.[1] !== undefined && spaced[2] !== undefined) return { number: spaced[1], name: asWritten(spaced[2]), glued: false };
  const m = DOTTED.exec(t) ?? BRACKETED.exec(t);
  if (m?.[1] !== undefined && m[2] !== undefined) return { number: m[1], name: asWritten(m[2]).trim(), glued: true };
  return null;
}

/**
 * A cell that is a 序号 of a second or third level: `1.1`, `2.10`, `1-2`, `1.2.3` (as written, `．`
 * read as `.`). Only a cell of its own (`1.5万人` is a value, not 序号 1.5 and a name).
 */
export function subNumber(cell: string): string | null {
  const t = halfWidth(cell).trim();
  return /^\d{1,2}(?:[.-]\d{1,2}){1,2}$/.test(t) ? t : null;
}

/**
 * A cell that is a bare 序号: `3`, `3.`, `（3）`, `③`; up to 3 digits, or 4 with `long` (a cell
 * of a row's own before its name: a table of 1,000 rows and more numbered straight through, a
 * province's list; a line holding only a number stays at 3, since there 1500 is more often a value).
 */
export function bareNumber(cell: string, long = false): string | null {
  const t = halfWidth(cell).trim();
  const digits = long ? BARE_LONG : BARE;
  const m = digits[0].exec(t) ?? digits[1].exec(t);
  if (m?.[1] !== undefined) return m[1];
  const circled = CIRCLED.indexOf(t);
  return t.length === 1 && circled >= 0 ? String(circled + 1) : null;
}
