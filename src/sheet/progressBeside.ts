import type { Status } from "../domain/Status";
import type { StatusLines } from "../domain/statusLines";
import { digitsApart, MORE_DIGITS_MAX } from "../domain/digitsApart";

/** Progress and 序时进度 as percentages with the same decimals, and how many (for a cell's number format). */
export interface ProgressPair {
  progress: string;
  expected: string;
  digits: number;
}

/** What progressBeside reads of a row: its progress p, 序时进度 s, status and the lines p was graded against. */
export interface ProgressRow {
  progress: number | null;
  expected: number | null;
  status: Status;
  lines?: StatusLines | undefined;
}

/**
 * 进度 beside 序时进度 (fractions; `digits` decimals of the percentage) for a row whose status says it
 * is behind (滞后, 严重滞后) while its progress would read as on or above a line the status puts it below:
 * 序时进度, the office's 滞后 line (§7), and for 严重滞后 its line (s/2, a yearly target's 0.5, a band's).
 * Then the decimals that tell them apart (79.98%/80.00%; 29.998%/60.000% for 严重滞后 just under s/2 = 30%),
 * or, closer than `digits + MORE_DIGITS_MAX` shows, a sign (`<80.0%`/80.0%, `<30.0%`/60.0%).
 * Null where the usual reading is already right: not behind (on track reads equal or above, and
 * rounding never turns it round), behind and visibly below every such line, or progress not below 序时进度
 * (a band of the rules file, §7, grades it so). A 滞后 row on its 严重滞后 line reads equal, rightly.
 * Every place that shows the pair asks here: check's table, the pane, the 审核 sheet's 序时应达 (through
 * shownDue), the summary and the evaluation report.
 */
export function progressBeside(row: ProgressRow, digits = 1): ProgressPair | null {
  const { progress, expected, status, lines } = row;
  if (progress === null || expected === null || !(progress < expected)) return null;
  if (status !== "lagging" && status !== "severe") return null;
  const p = progress * 100;
  const e = expected * 100;
  const below = [e, ...(lines && lines.lagging !== null ? [lines.lagging * 100] : []), ...(status === "severe" && lines ? [lines.severe * 100] : [])]
    .filter((l) => p < l && Number(p.toFixed(digits)) >= Number(l.toFixed(digits)));
  if (below.length === 0) return null;
  const apart = below.map((l) => digitsApart(p, l, digits));
  if (apart.every((d) => d !== null)) {
    const d = Math.max(...(apart as number[]));
    return { progress: `${p.toFixed(d)}%`, expected: `${e.toFixed(d)}%`, digits: d };
  }
  // closer than the decimals show: the side, said against the nearest such line (a cell's number format shows the most decimals)
  const line = Math.min(...below.filter((_, k) => apart[k] === null));
  return { progress: `<${line.toFixed(digits)}%`, expected: `${e.toFixed(digits)}%`, digits: digits + MORE_DIGITS_MAX };
}
