import { squash } from "../text";
import type { ColumnRule } from "../ColumnRule";
import { ATTRIBUTES } from "./attributes";
import { attributeNote, markAttribute } from "./attributeNote";
import { isMarkOnly } from "./footnoteMarks";

/**
 * The 属性 column: 约束性 or 预期性 (another word was reported when the row was read and is not loaded).
 * A mark in it (`▲`, `★`…) is what the note below the table says it stands for (`注：标注▲的为约束性指标，
 * 其余为预期性指标`, rules/attributeNote), said once for the table; a mark no note explains is not loaded, said
 * on its row. A trial's ▲ cells were all refused while the note that explained them was read. An empty cell
 * is said to load without an attribute, unless the note gives the unmarked rows one (`其余为预期性`, othersAttribute).
 */
export const attributeColumn: ColumnRule = (d) => {
  d.header.columns.forEach((c, j) => {
    if (c.kind !== "attribute") return;
    const cell = squash(d.row.values[j] ?? "");
    const a = ATTRIBUTES[cell];
    if (a) d.add.attribute = a;
    const noted = attributeNote(d.notes);
    // an empty cell: the note's 其余为… gives it one (othersAttribute), else none, said
    if (cell === "" && noted?.others == null) d.report("attribute-empty", {});
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
