import type { ColumnRule } from "../ColumnRule";

/** The 备注 / 说明 column: the indicator's note (before a 累计 note already there). */
export const noteColumn: ColumnRule = (d) => {
  d.header.columns.forEach((c, j) => {
    const v = d.row.values[j] ?? "";
    if (c.kind === "note" && v !== "") d.add.note = d.add.note === undefined ? v : `${v}；${d.add.note}`;
  });
};
