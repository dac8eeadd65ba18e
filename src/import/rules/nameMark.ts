import { detectUnit } from "../../domain/Unit";
import type { ColumnRule } from "../ColumnRule";
import { footnoteOf, MARK_SIGNS as MARKS } from "./footnoteMarks";

const MARK_AT_END = new RegExp(`\\s*([${MARKS}]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\\u2460-\\u2473]+|[[［]\\s*\\d{1,2}\\s*[\\]］]|[(（]\\s*注\\s*\\d{0,2}\\s*[)）])$`, "u");
/** a mark glued to the name before its unit (`重大慢性病过早死亡率①（%）`): the unit bracket stays */
const MARK_BEFORE_UNIT = new RegExp(`\\s*([${MARKS}]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\\u2460-\\u2473]+)\\s*(?=[(（][^()（）]+[)）]$)`, "u");
/** `带*、★的为约束性指标`, `标★号的为约束性指标`: the marks a note says stand for 约束性 */
const CONSTRAINT_NOTE = /[带标有](.{1,8}?)号?的?(?:指标)?(?:为|是)约束性/u;

/**
 * A mark after the name (`单位GDP能耗降低（%）*`, `森林覆盖率（%）★`, `…（%）[1]`, `…¹`, `…率①`) or
 * between the name and its unit (`…死亡率①（%）`): a footnote or the plan's sign for 约束性, not part
 * of the name. It is taken off (so the unit in the name's last bracket is read, evaluation-rules §2),
 * the footnote it points to (a note below the table) kept in the indicator's note, and where a note
 * says the mark means 约束性 (`注：带*的为约束性指标`) and the table has no 属性 cell for the row, the
 * attribute is 约束性. Said either way.
 */
export const nameMark: ColumnRule = (d) => {
  const m = MARK_AT_END.exec(d.name) ?? MARK_BEFORE_UNIT.exec(d.name);
  const mark = m?.[1];
  if (m === null || mark === undefined || m.index === 0) return;
  d.name = `${d.name.slice(0, m.index)}${d.name.slice(m.index + m[0].length)}`.trim();
  d.detected = detectUnit(d.name);
  const noted = d.notes.map((n) => CONSTRAINT_NOTE.exec(n)?.[1] ?? "").join("");
  const constraint = [...mark].some((c) => MARKS.includes(c) && noted.includes(c));
  if (constraint) d.add.attribute = "约束性";
  const footnote = constraint ? "" : footnoteOf(mark, d.notes);
  if (footnote !== "") d.add.note = d.add.note === undefined ? footnote : `${d.add.note}；${footnote}`;
  d.report("name-mark", { mark, name: d.name, constraint, footnote });
};
