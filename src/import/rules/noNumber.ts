import type { LineRule } from "../LineRule";

/** The last rule: a line with values and no 序号 that no rule above could place is not loaded (said so). */
export const noNumber: LineRule = (line, reading) => {
  reading.closeOpen();
  reading.report(line.at, "no-number", {});
  return "taken";
};
