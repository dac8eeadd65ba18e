import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";
import { cellOf } from "../ColumnRule";

/**
 * A row left without a target while a column not read (`column-unknown`: a header the importer does not
 * know) holds a value on it: the row is loaded with target “—”, so its target may be that value. Listed
 * row by row as not loaded (the CLI's exit 4), never only the header's one line (a trial's 5 of 7 rows
 * went unjudged with exit 0).
 */
export const targetInUnreadColumn: ColumnRule = (d) => {
  if (parseTarget(d.target).kind !== "none") return;
  d.header.columns.forEach((c, j) => {
    const v = cellOf(d, j).trim();
    if (c.kind === "ignored" && parseTarget(v).kind !== "none") d.report("target-in-unread-column", { label: c.label, value: v });
  });
};
