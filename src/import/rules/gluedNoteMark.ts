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
