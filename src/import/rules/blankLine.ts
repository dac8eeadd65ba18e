import type { LineRule } from "../LineRule";

/** A blank line: a page break (a domain cut by it may be joined, see TableReading.nextGroup). */
export const blankLine: LineRule = (line, reading) => {
  if (line.filled.length > 0) return "pass";
  reading.pageBreak = true;
  return "taken";
};
