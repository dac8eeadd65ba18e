import type { ColumnRule } from "../ColumnRule";
import { holdsValue } from "../header";

/**
 * A number whose decimal point a copy wrote as the ideographic full stop (`76。7`, `>15。74`): web
 * copies of plan tables (a converter or a Chinese IME) put 。 for `.`. Between two digits it can be
 * nothing else, so it is read as `.`.
 */
const STOP_IN_NUMBER = /(\d)。(?=\d)/g;

/**
 * A value cell with a full stop between digits (`76。7`, `〔1。38〕`): read with a decimal point
 * (`76.7`), so the baseline or target is the number the plan printed and not words (待人工评估),
 * and said so a person checks it.
 */
export const decimalStop: ColumnRule = (d) => {
  d.header.columns.forEach((column, j) => {
    const value = (d.row.values[j] ?? "").trim();
    if (!holdsValue(column) || !value.includes("。")) return;
    const read = value.replace(STOP_IN_NUMBER, "$1.");
    if (read === value) return;
    d.row.values[j] = read;
    d.report("decimal-stop", { value, read, column });
  });
};
