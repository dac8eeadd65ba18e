import { squash } from "../text";
import type { ColumnRule } from "../ColumnRule";
import type { Header } from "../header";
import { ATTRIBUTES } from "./attributes";
import { attributeNote, markAttribute } from "./attributeNote";
import { isMarkOnly } from "./footnoteMarks";

/**
 * The 属性 column: 约束性 or 预期性 (another word was reported when the row was read and is not loaded).
 * A mark in it (`▲`, `★`…) is what the note below the table says it stands for (`注：标注▲的为约束性指标，
 * 其余为预期性指标`, rules/attributeNote), said once for the table; a mark no note explains is not loaded, said
 * on its row. A trial's ▲ cells were all refused while the note that explained them was read. An empty cell
 * is said to load without an attribute, unless the note gives the unmarked rows one (`其余为预期性`, othersAttribute).
 * A table with no 属性 column that writes 约束性 in its 备注 column: that cell is the attribute, said (was refused as shifted).
 */
/**
 * The 备注 cell of a table with no 属性 column that holds an attribute word (`约束性`): its index among the row's
 * values and the attribute; null otherwise (a table with a 属性 column, a note of other words).
 */
export function noteAttribute(header: Header, values: readonly string[]): { at: number; attribute: "约束性" | "预期性" } | null {
  if (header.columns.some((c) => c.kind === "attribute")) return null;
  for (let j = 0; j < header.columns.length; j++) {
    const a = header.columns[j]?.kind === "note" ? ATTRIBUTES[squash(values[j] ?? "")] : undefined;
    if (a) return { at: j, attribute: a };
  }
  return null;
}

export const attributeColumn: ColumnRule = (d) => {
  // no 属性 column: a 备注 cell that is an attribute word is the row's attribute (said once for the table), not a note (noteColumn)
  const inNote = noteAttribute(d.header, d.row.values);
  if (inNote) {
    d.add.attribute = inNote.attribute;
    if (!d.tableSaid.has("attribute-in-note")) d.report("attribute-in-note", { value: (d.row.values[inNote.at] ?? "").trim(), label: d.header.columns[inNote.at]?.label ?? "" });
    return;
  }
  d.header.columns.forEach((c, j) => {
    if (c.kind !== "attribute") return;
    const cell = squash(d.row.values[j] ?? "");
    const a = ATTRIBUTES[cell];
    if (a) d.add.attribute = a;
    const noted = attributeNote(d.notes);
    // an empty cell: a mark on the name the note explains gave it one (nameMark), or the note's 其余为… does (othersAttribute); else none, said
    if (cell === "" && noted?.others == null && d.add.attribute === undefined) d.report("attribute-empty", {});
    if (a || !isMarkOnly(cell)) return;
    const attribute = markAttribute(noted, cell);
    if (noted === null || attribute === null) {
      d.report("attribute-unknown", { value: cell, mark: true });
      return;
    }
    d.add.attribute = attribute;
    // said once for the table: the note it names says what each mark stands for
    if (!d.tableSaid.has("attribute-mark")) d.report("attribute-mark", { mark: cell, attribute, note: noted.note });
  });
};
