import { squash } from "../text";
import type { ColumnRule } from "../ColumnRule";
import { ATTRIBUTES } from "./attributes";

/** The 属性 column: 约束性 or 预期性 (another word was reported when the row was read and is not loaded). */
export const attributeColumn: ColumnRule = (d) => {
  d.header.columns.forEach((c, j) => {
    const a = c.kind === "attribute" ? ATTRIBUTES[squash(d.row.values[j] ?? "")] : undefined;
    if (a) d.add.attribute = a;
  });
};
