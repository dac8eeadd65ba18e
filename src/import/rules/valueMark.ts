import type { ColumnRule } from "../ColumnRule";
import { holdsValue } from "../header";
import { footnoteOf, MARK_RUN } from "./footnoteMarks";

const VALUE_MARK = new RegExp(`^(.*?[^\\s(（])\\s*(${MARK_RUN})$`, "u");
/**
 * A footnote's number after a number written with a caret or in round brackets (`15.7^4`, `15.7（4）`): how a copy or a
 * typist writes a superscript it could not keep (trial45a F2). Not a power of ten (`1.2×10^4`).
 */
const NUMBER_MARK = /^(.*\d)\s*(\^\s*\d{1,2}|[(（]\s*\d{1,2}\s*[)）])$/u;
const TIMES_TEN = /[×xX*]\s*10$/u;

/**
 * The value without the footnote mark after it, and the mark; null when it has none. A bracketed number (`（4）`) is a
 * mark only where a note below the table is numbered so: it could be words of the plan's otherwise.
 */
export function valueMarkOf(value: string, notes: readonly string[]): { kept: string; mark: string } | null {
  const m = VALUE_MARK.exec(value);
  if (m?.[1] !== undefined && m[2] !== undefined) return { kept: m[1].trim(), mark: m[2] };
  const n = NUMBER_MARK.exec(value.trim());
  const kept = n?.[1];
  const mark = n?.[2];
  if (kept === undefined || mark === undefined || TIMES_TEN.test(kept)) return null;
  if (!mark.startsWith("^") && footnoteOf(mark, notes) === "") return null;
  return { kept: kept.trim(), mark };
}

/**
 * A footnote mark after a value (`60.6*`, `98①`, `12.3注1`, `4.5¹`, `15.7^4`, `15.7（4）`): not part of the value, which
 * could not be read with it. It is taken off, the footnote it points to (a note below the table)
 * kept in the indicator's note, and said, with the footnote, so a person checks it. (A mark a copy glued on as a
 * digit, `15.74` for 15.7⁴, is gluedValueMark's.)
 */
export const valueMark: ColumnRule = (d) => {
  d.header.columns.forEach((column, j) => {
    const value = d.row.values[j] ?? "";
    const m = holdsValue(column) ? valueMarkOf(value, d.notes) : null;
    if (m === null) return;
    const { kept, mark } = m;
    d.row.values[j] = kept;
    const footnote = footnoteOf(mark, d.notes);
    if (footnote !== "") {
      const note = `${value}：${footnote}`;
      d.add.note = d.add.note === undefined ? note : `${d.add.note}；${note}`;
    }
    d.report("value-mark", { value, mark, kept, column, footnote });
  });
};
