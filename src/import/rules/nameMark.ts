import { detectUnit } from "../../domain/Unit";
import type { ColumnRule, IndicatorDraft } from "../ColumnRule";
import { BRACKET_MARK, footnoteOf, MARK_SIGNS as MARKS } from "./footnoteMarks";
import { attributeNote, markAttribute } from "./attributeNote";
import { gluedInsideMark, gluedNoteMark } from "./gluedNoteMark";

const MARK_AT_END = new RegExp(`\\s*([${MARKS}]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\\u2460-\\u2473]+|[[［]\\s*\\d{1,2}\\s*[\\]］]|[(（]\\s*注\\s*\\d{0,2}\\s*[)）])$`, "u");
/** a mark glued to the name before its unit (`重大慢性病过早死亡率①（%）`): the unit bracket stays */
const MARK_BEFORE_UNIT = new RegExp(`\\s*([${MARKS}]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\\u2460-\\u2473]+)\\s*(?=[(（][^()（）]+[)）]$)`, "u");
/**
 * a superscript number after a Chinese character inside the name (`地级及以上城市²空气质量…`, a web
 * page's `<sup>2</sup>`); after a letter it is a unit's power (`m²`) and stays. (The character is
 * matched and kept: no lookbehind, which Office 2019's ES2017 webview refuses.)
 */
const MARK_INSIDE = /([\u3400-\u9fff\uf900-\ufaff])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=\S)/u;

/** a sign before the name (`★基本养老保险参保率`): a mark only where a note below the table names it (takeMark) */
const MARK_AT_START = new RegExp(`^([${MARKS}]+)\\s*(?=\\S)`, "u");

interface Taken {
  text: string;
  mark: string;
  /** the note the mark points to ("" when none found) */
  footnote: string;
  /** the mark stood inside the text (`城市²空气质量`) */
  inside?: boolean;
  /** the mark stood before the text (`★基本养老保险参保率`) */
  before?: boolean;
}

/** The text without its mark, the mark and the note it points to; null when it has none. */
export function takeMark(text: string, notes: readonly string[]): Taken | null {
  const m = MARK_AT_END.exec(text) ?? MARK_BEFORE_UNIT.exec(text);
  const mark = m?.[1];
  if (m !== null && mark !== undefined && m.index > 0) {
    return { text: `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`.trim(), mark, footnote: footnoteOf(mark, notes) };
  }
  // a bracketed number inside the name (`…年均浓度[1]（微克/立方米）`): a mark only where a note starts with it
  const bracket = BRACKET_MARK.exec(text);
  if (bracket !== null && bracket.index > 0) {
    const footnote = footnoteOf(bracket[0], notes);
    if (footnote !== "") return { text: `${text.slice(0, bracket.index)}${text.slice(bracket.index + bracket[0].length)}`.trim(), mark: bracket[0], footnote, inside: true };
  }
  const inside = MARK_INSIDE.exec(text);
  const han = inside?.[1];
  const sup = inside?.[2];
  if (inside !== null && han !== undefined && sup !== undefined) {
    const at = inside.index + han.length;
    return { text: `${text.slice(0, at)}${text.slice(at + sup.length)}`, mark: sup, footnote: footnoteOf(sup, notes), inside: true };
  }
  // a sign before the name, which a note names (`注：带★的为约束性指标`) or starts with (trial40b F18)
  const lead = MARK_AT_START.exec(text);
  const leadMark = lead?.[1];
  if (lead !== null && leadMark !== undefined) {
    const footnote = footnoteOf(leadMark, notes);
    if (markAttribute(attributeNote(notes), leadMark) !== null || footnote !== "") return { text: text.slice(lead[0].length).trim(), mark: leadMark, footnote, before: true };
  }
  const glued = gluedNoteMark(text, notes);
  if (glued !== null) return { text: glued.name, mark: glued.mark, footnote: glued.footnote };
  const gluedInside = gluedInsideMark(text, notes);
  return gluedInside !== null && "mark" in gluedInside ? { text: gluedInside.mark.name, mark: gluedInside.mark.mark, footnote: gluedInside.mark.footnote, inside: true } : null;
}

function addNote(d: IndicatorDraft, note: string): void {
  if (note !== "") d.add.note = d.add.note === undefined ? note : `${d.add.note}；${note}`;
}

/**
 * A mark after the name (`单位GDP能耗降低（%）*`, before it where a note names the sign (`★基本养老保险参保率` and `注：带★的为约束性指标`), `森林覆盖率（%）★`, `…（%）[1]`, `…¹`, `…率①`), between
 * the name and its unit (`…死亡率①（%）`), a superscript inside it (`城市²空气质量`) or a bracketed number
 * inside it that a note below the table starts with (`…年均浓度[1]（微克/立方米）` and `注：[1] PM2.5…`): a footnote or the
 * plan's sign for 约束性, not part of the name. It is taken off (so the unit in the name's last
 * bracket is read, evaluation-rules §2), the footnote it points to (a note below the table) kept in
 * the indicator's note, and where a note says the mark means 约束性 (`注：带*的为约束性指标`, rules/attributeNote) and the
 * table has no 属性 cell for the row, the attribute is the note's. A number glued to the end of a name or between
 * Chinese characters inside it is taken only where the table's notes make it sure (gluedNoteMark,
 * gluedInsideMark); one inside that only looks like a mark is kept and said (`name-digit`). The part of an indicator
 * (`重点地区总氮⁶` under `区域性污染物排放总量减少（%）`) is read the same way. Said either way.
 */
export const nameMark: ColumnRule = (d) => {
  const taken = takeMark(d.name, d.notes);
  if (taken !== null) {
    d.name = taken.text;
    d.detected = detectUnit(d.name);
    const noted = attributeNote(d.notes);
    const attribute = markAttribute(noted, taken.mark);
    if (attribute !== null) d.add.attribute = attribute;
    const footnote = attribute !== null ? "" : taken.footnote;
    addNote(d, footnote);
    d.report("name-mark", { mark: taken.mark, name: d.name, attribute, footnote, ...(taken.inside === true ? { inside: true } : {}), ...(taken.before === true ? { before: true } : {}) });
  } else {
    const glued = gluedInsideMark(d.name, d.notes);
    if (glued !== null && "suspect" in glued) d.report("name-digit", { digits: glued.suspect.mark, name: d.name, footnote: glued.suspect.footnote });
  }
  const part = d.row.part === undefined ? null : takeMark(d.row.part, d.notes);
  if (part !== null) {
    d.row.part = part.text;
    addNote(d, part.footnote);
    d.report("name-mark", { mark: part.mark, name: part.text, attribute: null, footnote: part.footnote, ...(part.inside === true ? { inside: true } : {}) });
  }
};
