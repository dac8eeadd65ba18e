import { noteAttribute } from "./attributeColumn";
import type { ColumnRule } from "../ColumnRule";

/** The 备注 / 说明 column: the indicator's note (before a 累计 note already there). */
export const noteColumn: ColumnRule = (d) => {
  // an attribute word read as the attribute (attributeColumn) is no note
  const attributeAt = noteAttribute(d.header, d.row.values)?.at;
  d.header.columns.forEach((c, j) => {
    const v = d.row.values[j] ?? "";
    if (c.kind === "note" && v !== "" && j !== attributeAt) d.add.note = d.add.note === undefined ? v : `${v}；${d.add.note}`;
  });
};
