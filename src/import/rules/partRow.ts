import { detectUnit } from "../../domain/Unit";
import type { LineRule } from "../LineRule";
import type { Row, TableReading } from "../TableReading";
import { dropTrailingEmpty, squash } from "../text";
import { ATTRIBUTES } from "./attributes";
import { afterCategoryAgain } from "./categoryAgain";
import { isPartLabel } from "./partLabel";
import { isSubIndicatorName } from "./subIndicator";
import { mergedAttribute } from "./mergedAttribute";

/**
 * A part label with its values (`初中  95  98`) under a row that has parts: the next part of that
 * indicator. Its 属性 cell may be empty, merged down from the part above (mergedAttribute); its category
 * may be written again before it (categoryAgain). So is a sub-indicator's row under a group
 * (rules/subIndicator.ts). In a table without 序号, a row that does not read as a part ends the parts
 * (partsEnd): it is read as an indicator of its own (unnumberedRow).
 */
export const partRow: LineRule = (line, reading) => {
  reading.closeOpen();
  const prev = reading.prevRow();
  if (!prev || prev.part === undefined) return "pass";
  const at = afterCategoryAgain(line, prev, reading) ?? line.firstAt;
  const label = line.cells[at] ?? "";
  // a sub-indicator in the cell right of the name column, 序号 and group blank above it (merged down):
  // its place says it is the group's, whatever its length (a trial's 行政村双车道四级公路覆盖率 was dropped)
  const underGroup = at === reading.header.nameAt + 1 && isSubIndicatorName(label);
  if (!isPartLabel(label) && !underGroup) return "pass";
  const own = line.cells.slice(at + 1);
  if (!underGroup && partsEnd(label, own, prev, reading, line.at)) return "pass";
  const rest = mergedAttribute(own, prev, reading, line.at);
  const n = dropTrailingEmpty(rest).length;
  // (a sub-indicator's row may stop before the blank 资料来源 or 备注 its group's row carries)
  if (n !== reading.k && !(underGroup && n < reading.k && n >= reading.k - reading.optionalTail)) return "pass";
  const row = reading.addRow({ group: prev.group, number: prev.number, name: prev.name, part: squash(label) }, line.at);
  reading.setValues(row, rest, line.at, false);
  return "taken";
};

/**
 * Whether a row without 序号 after a part (`above`) is no part, in a table without 序号 (where nothing else
 * tells an indicator from a part): it writes a 属性 of its own other than the part's above (a merged 属性 is
 * blank; `高中阶段毛入学率 | % | 92 | 95 | 预期性` under 义务教育巩固率's 约束性 parts, trial41e F1); or its name
 * reads as an indicator's (a unit, or an ending such as 率: detectUnit), which is said (`part-run-end`).
 * `cells`: the row's cells after its label, as written.
 */
function partsEnd(label: string, cells: readonly string[], above: Row, reading: TableReading, at: number): boolean {
  if (reading.numbered) return false;
  const j = reading.header.columns.findIndex((c) => c.kind === "attribute");
  const own = ATTRIBUTES[squash(cells[j] ?? "")];
  if (own !== undefined && own !== ATTRIBUTES[squash(above.values[j] ?? "")]) return true;
  if (detectUnit(label).symbol === "") return false;
  reading.report(at, "part-run-end", { name: squash(label), parent: above.name });
  return true;
}
