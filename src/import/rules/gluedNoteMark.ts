import { detectUnit } from "../../domain/Unit";
import { footnoteOf } from "./footnoteMarks";

/** a name without a unit ending in a Chinese character and one or two digits (`挥发性有机物5`) */
const GLUED_DIGITS = /([\u3400-\u9fff\uf900-\ufaff]{2})(\d{1,2})$/u;

/**
 * A footnote number glued to the end of a name by a copy that lost its superscript
 * (`重点地区重点行业挥发性有机物5` over the note `5.在重点地区、重点行业推进挥发性有机物总量控制…`).
 * A digit glued to a name cannot be told from the name in general (`城市2空气质量` mid-name is never
 * read so), so only when all of these hold: the name has no unit bracket, the digits follow a Chinese
 * character, the table's notes have a line numbered so, and that note names the two characters
 * before the digits (有机物 … 挥发性有机物). Returns the name without the digits, the digits and the
 * note; null otherwise.
 */
export function gluedNoteMark(name: string, notes: readonly string[]): { name: string; mark: string; footnote: string } | null {
  const m = GLUED_DIGITS.exec(name);
  const before = m?.[1];
  const mark = m?.[2];
  if (m === null || before === undefined || mark === undefined) return null;
  const bare = name.slice(0, m.index + before.length);
  const unit = detectUnit(bare);
  if (unit.symbol !== "" && !unit.inferred) return null;
  const footnote = footnoteOf(mark, notes);
  if (footnote === "" || !footnote.replace(/^\d{1,2}\s*[.、．]/, "").includes(before)) return null;
  return { name: bare, mark, footnote };
}

/** one or two digits between Chinese characters (`城市2空气质量`), two characters each side */
const DIGITS_INSIDE = /([\u3400-\u9fff\uf900-\ufaff]{2})(\d{1,2})(?=([\u3400-\u9fff\uf900-\ufaff]{2}))/u;
/** a count the name states (`拥有3岁以下`, `第2产业`, `前10位`): the digits are the name's, no mark */
const COUNT_AFTER = /^[岁个类级年月日天周人次家所项倍万千百亿成星层名张床位台辆套户座条件米吨元小批届代期轮]/u;
const COUNT_BEFORE = /[第前近每约超达逾满共]$/u;

/**
 * A footnote number inside a name, between Chinese characters, where a copy lost its superscript
 * (`地级及以上城市2空气质量…` over the note `2.空气质量评价覆盖全国338个城市`; a web page's `<sup>2</sup>`
 * reads as `²`, nameMark's MARK_INSIDE). `mark`: the name without the digits, the digits and the note,
 * when a note is numbered so and names the two characters before or after them (空气 …
 * 空气质量评价); `suspect`: the digits and the note numbered so ("" when none), kept in the name, when
 * they look like a mark but no note makes it sure; null for a count the name states (`拥有3岁以下`, `第2产业`).
 */
export function gluedInsideMark(name: string, notes: readonly string[]): { mark: { name: string; mark: string; footnote: string } } | { suspect: { mark: string; footnote: string } } | null {
  const m = DIGITS_INSIDE.exec(name);
  const before = m?.[1];
  const mark = m?.[2];
  const after = m?.[3];
  if (m === null || before === undefined || mark === undefined || after === undefined) return null;
  if (COUNT_AFTER.test(after) || COUNT_BEFORE.test(before)) return null;
  const footnote = footnoteOf(mark, notes);
  const text = footnote.replace(/^\d{1,2}\s*[.、．]/, "");
  if (footnote !== "" && (text.includes(before) || text.includes(after))) {
    const at = m.index + before.length;
    return { mark: { name: `${name.slice(0, at)}${name.slice(at + mark.length)}`, mark, footnote } };
  }
  return { suspect: { mark, footnote } };
}
