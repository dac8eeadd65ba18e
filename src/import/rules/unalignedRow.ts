import type { LineRule } from "../LineRule";

/**
 * A row whose columns were separated by spaces and could not be lined up with the header
 * (rules/spacedColumns.ts, reported with why when the lines were split): not read again as a
 * row of one cell, which would only say it has a name and no values.
 */
export const unalignedRow: LineRule = (line, reading) => {
  if (!reading.unaligned.has(reading.origins[line.at]?.[0] ?? line.at)) return "pass";
  reading.lastLine = line.at;
  return "taken";
};
