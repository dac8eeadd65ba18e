import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, squash } from "../text";
import { isPartLabel } from "./partLabel";

/** A part label with its values (`初中  95  98`) under a row that has parts: the next part of that indicator. */
export const partRow: LineRule = (line, reading) => {
  reading.closeOpen();
  const prev = reading.prevRow();
  const rest = line.cells.slice(line.firstAt + 1);
  if (!prev || prev.part === undefined || dropTrailingEmpty(rest).length !== reading.k || !isPartLabel(line.first)) return "pass";
  const row = reading.addRow({ group: prev.group, number: prev.number, name: prev.name, part: squash(line.first) }, line.at);
  reading.setValues(row, rest, line.at, false);
  return "taken";
};
