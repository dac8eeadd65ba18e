import type { ColumnRule } from "../ColumnRule";
import { attributeNote } from "./attributeNote";

/**
 * A row without the mark in a table whose note gives the other rows an attribute too (`注：带★的为约束性指标，
 * 其余为预期性指标`): that attribute (nameMark gave the marked rows theirs), where the row has no 属性 cell
 * of its own (the attribute column, applied before, wins). Said on the first such row of the table.
 */
export const othersAttribute: ColumnRule = (d) => {
  if (d.add.attribute !== undefined) return;
  if (d.header.columns.some((c, j) => c.kind === "attribute" && (d.row.values[j] ?? "").trim() !== "")) return;
  const noted = attributeNote(d.notes);
  if (noted?.others == null) return;
  d.add.attribute = noted.others;
  const column = d.header.columns.some((c) => c.kind === "attribute");
  if (!d.tableSaid.has("attribute-from-note")) d.report("attribute-from-note", { attribute: noted.others, marks: noted.marks, note: noted.note, ...(column ? { column } : {}) });
};
