import type { ColumnRule } from "../ColumnRule";
import { cellOf } from "../ColumnRule";
import { NO_UNIT } from "../../domain/Unit";
import { squash } from "../text";

/**
 * The unit (evaluation-rules §2): the 单位 column's cell when the table has one and it is filled (a dash
 * or 无 is not), else the name's
 * last bracket, whatever unit it holds (`(亿亩)`, `(万张)`, `(千克/人)`); "" when the name has none
 * (the engine infers it from the name's ending and says so).
 */
export const unitColumn: ColumnRule = (d) => {
  const unitCol = d.header.columns.findIndex((c) => c.kind === "unit");
  const named = d.detected.inferred ? "" : d.detected.symbol;
  const cell = unitCol >= 0 ? squash(cellOf(d, unitCol)) : "";
  // a dash (or 无) is the column's way of saying none: as an empty cell, never the unit “—”
  d.unit = (NO_UNIT.test(cell) ? "" : cell) || named;
};
