import type { ColumnRule } from "../ColumnRule";
import { holdsValue } from "../header";
import { footnoteOf, MARK_RUN } from "./footnoteMarks";

const VALUE_MARK = new RegExp(`^(.*?[^\\s(（])\\s*(${MARK_RUN})$`, "u");

/**
 * A footnote mark after a value (`60.6*`, `98①`, `12.3注1`, `4.5¹`): not part of the value, which
 * could not be read with it. It is taken off, the footnote it points to (a note below the table)
 * kept in the indicator's note, and said, with the footnote, so a person checks it.
 */
export const valueMark: ColumnRule = (d) => {
  d.header.columns.forEach((column, j) => {
    const value = d.row.values[j] ?? "";
    const m = holdsValue(column) ? VALUE_MARK.exec(value) : null;
    const kept = m?.[1];
    const mark = m?.[2];
    if (kept === undefined || mark === undefined) return;
    d.row.values[j] = kept.trim();
    const footnote = footnoteOf(mark, d.notes);
    if (footnote !== "") {
      const note = `${value}：${footnote}`;
      d.add.note = d.add.note === undefined ? note : `${d.add.note}；${note}`;
    }
    d.report("value-mark", { value, mark, kept: kept.trim(), column, footnote });
  });
};
