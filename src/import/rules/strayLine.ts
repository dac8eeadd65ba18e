import type { LineRule } from "../LineRule";
import { dropTrailingEmpty } from "../text";

/**
 * A line with one cell that is no part of a row: skipped when table rows follow (said so), else the
 * table's end (said, with the number of lines left out after it).
 */
export const strayLine: LineRule = (line, reading) => {
  if (dropTrailingEmpty(line.cells.slice(line.firstAt + 1)).length > 0) return "pass";
  reading.closeOpen();
  if (reading.rows.length > 0 && reading.rowFollows(line.at)) {
    reading.report(line.at, "not-a-row", { more: true });
    return "taken";
  }
  if (reading.rows.length > 0) {
    const left = reading.grid.slice(line.at).filter((c) => c.some((x) => x !== "")).length;
    reading.report(line.at, "table-end", { left });
    return "end";
  }
  reading.report(line.at, "not-a-row", { more: false });
  return "taken";
};
