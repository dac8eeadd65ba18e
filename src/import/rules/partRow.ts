import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, squash } from "../text";
import { isPartLabel } from "./partLabel";
import { isSubIndicatorName } from "./subIndicator";
import { mergedAttribute } from "./mergedAttribute";

/**
 * A part label with its values (`初中  95  98`) under a row that has parts: the next part of that
 * indicator. Its 属性 cell may be empty, merged down from the part above (mergedAttribute). So is a
 * sub-indicator's row under a group (rules/subIndicator.ts).
 */
export const partRow: LineRule = (line, reading) => {
  reading.closeOpen();
  const prev = reading.prevRow();
  if (!prev || prev.part === undefined) return "pass";
  // a sub-indicator in the cell right of the name column, 序号 and group blank above it (merged down):
  // its place says it is the group's, whatever its length (a trial's 行政村双车道四级公路覆盖率 was dropped)
  const underGroup = line.firstAt === reading.header.nameAt + 1 && isSubIndicatorName(line.first);
  if (!isPartLabel(line.first) && !underGroup) return "pass";
  const rest = mergedAttribute(line.cells.slice(line.firstAt + 1), prev, reading, line.at);
  const n = dropTrailingEmpty(rest).length;
  // (a sub-indicator's row may stop before the blank 资料来源 or 备注 its group's row carries)
  if (n !== reading.k && !(underGroup && n < reading.k && n >= reading.k - reading.optionalTail)) return "pass";
  const row = reading.addRow({ group: prev.group, number: prev.number, name: prev.name, part: squash(line.first) }, line.at);
  reading.setValues(row, rest, line.at, false);
  return "taken";
};
