import type { Status } from "../domain/Status";
import { digitsApart, MORE_DIGITS_MAX } from "./digitsApart";

/** Progress and 序时进度 as percentages with the same decimals, and how many (for a cell's number format). */
export interface ProgressPair {
  progress: string;
  expected: string;
  digits: number;
}

/**
 * 进度 beside 序时进度 (fractions; `digits` decimals of the percentage) for a row whose status says it
 * is behind (滞后, 严重滞后) while the two would read equal at `digits`: the decimals that tell them
 * apart (79.98%/80.00%), or, closer than `digits + MORE_DIGITS_MAX` shows, a sign (`<80.0%`/80.0%).
 * Null where the usual reading is already right: not behind (on track reads equal or above, and
 * rounding never turns it round), behind but visibly below, or progress not below 序时进度 (a band
 * of the rules file, §7, grades it so). Every place that shows the pair asks here: check's table,
 * the pane, the 审核 sheet's 序时应达 (through shownDue), the summary and the evaluation report.
 */
export function progressBeside(progress: number | null, expected: number | null, status: Status, digits = 1): ProgressPair | null {
  if (progress === null || expected === null || !(progress < expected)) return null;
  if (status !== "lagging" && status !== "severe") return null;
  const p = progress * 100;
  const e = expected * 100;
  if (Number(p.toFixed(digits)) < Number(e.toFixed(digits))) return null;
  const d = digitsApart(p, e, digits);
  if (d !== null) return { progress: `${p.toFixed(d)}%`, expected: `${e.toFixed(d)}%`, digits: d };
  // closer than the decimals show: the side, said (a cell's number format shows the most decimals)
  return { progress: `<${e.toFixed(digits)}%`, expected: `${e.toFixed(digits)}%`, digits: digits + MORE_DIGITS_MAX };
}
