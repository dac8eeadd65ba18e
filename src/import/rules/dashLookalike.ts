import type { ColumnRule } from "../ColumnRule";
import { holdsValue } from "../header";

/** Characters a copy or an OCR puts for the dash of “no value”: 一 (one), ー (katakana), box-drawing lines. */
const LOOKALIKE = /^[一ー─━]$/u;

/**
 * A value cell holding only a character that looks like a dash (`一`, the character for one, where
 * the plan printed `—`): no number or word can be one character so, so it is read as `—` (no
 * value, evaluation-rules §1) and said.
 */
export const dashLookalike: ColumnRule = (d) => {
  d.header.columns.forEach((column, j) => {
    const value = (d.row.values[j] ?? "").trim();
    if (!holdsValue(column) || !LOOKALIKE.test(value)) return;
    d.row.values[j] = "—";
    d.report("dash-lookalike", { value, column });
  });
};
