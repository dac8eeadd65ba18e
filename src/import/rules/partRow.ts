import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, squash } from "../text";
import { isPartLabel } from "./partLabel";
import { mergedAttribute } from "./mergedAttribute";

/**
 * A part label with its values (`初中  95  98`) under a row that has parts: the next part of that
 * indicator. Its 属性 cell may be empty, merged down from the part above (mergedAttribute).
 */
export const partRow: LineRule = (line, reading) => {
  reading.closeOpen();
  const prev = reading.prevRow();
  if (!prev || prev.part === undefined || !isPartLabel(line.first)) return "pass";
  const rest = mergedAttribute(line.cells.slice(line.firstAt + 1), prev, reading, line.at);
  if (dropTrailingEmpty(rest).length !== reading.k) return "pass";
  const row = reading.addRow({ group: prev.group, number: prev.number, name: prev.name, part: squash(line.first) }, line.at);
  reading.setValues(row, rest, line.at, false);
  return "taken";
};
