import type { LineRule } from "../LineRule";
import { isHeaderContinuation } from "../header";

/** Header words before the first row that readHeader did not take (`目标`, `2025年`): skipped. */
export const headerContinuation: LineRule = (line, reading) =>
  reading.rows.length === 0 && isHeaderContinuation(line.cells) ? "taken" : "pass";
