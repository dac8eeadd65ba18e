import type { LineRule } from "../LineRule";
import { bareNumber } from "./numbering";

/** A line holding only a 序号 (`3`): nothing to load, said so. */
export const numberOnly: LineRule = (line, reading) => {
  if (line.filled.length !== 1 || bareNumber(line.first) === null) return "pass";
  reading.report(line.at, "number-only", { number: line.first });
  return "taken";
};
