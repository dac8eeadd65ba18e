import type { LineRule } from "../LineRule";
import { dropTrailingEmpty } from "../text";

/**
 * The last rule: a line with values and no 序号 that no rule above could place is not loaded (said so, with whether the
 * header has a 序号 column and the row's cells against the header's: the cause a user can act on).
 */
export const noNumber: LineRule = (line, reading) => {
  reading.closeOpen();
  const { header } = reading;
  reading.report(line.at, "no-number", { numberColumn: header.numberColumn, cells: dropTrailingEmpty(line.cells).length, width: header.nameAt + header.nameSpan + reading.k });
  return "taken";
};
