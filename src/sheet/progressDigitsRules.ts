import { STATUS_LABELS } from "../domain/Status";
import { MORE_DIGITS_MAX } from "../domain/digitsApart";
import { progressFormat } from "./progressFormat";
import type { PlannedConditionalFormat } from "./SheetPlan";

/** The lines a row's progress is graded against, as formulas of the rule's first row (fractions). */
export interface LineFormulas {
  /** 序时进度 s (1 for a year with its own target) */
  expected: string;
  /** the 滞后 line (s under the rules' own bands; a band's a·s − b) */
  lagging: string;
  /** the 严重滞后 line (s/2; 0.5 for a year with its own target; a band's) */
  severe: string;
}

/**
 * The sheet's own 进度 cells keep to their side of a line, as progressBeside does for every other place
 * (evaluation-rules §3a): a row whose status (`statusRef`, 滞后 or 严重滞后) puts it below 序时进度, the
 * 滞后 line or (严重滞后) its own line, while one decimal would print it on that line (59.997% as 60.0%
 * beside 滞后), gets the decimals that tell them apart: one rule per count (2, 3, and 4 for anything
 * closer), each a conditional number format over the 进度 column (`range`, first cell `progressRef`),
 * the most decimals first (Excel gives the higher rule's format; LibreOffice applies the first that holds).
 * Excel 2007+, WPS, LibreOffice and Gnumeric all read a number format in a conditional format.
 */
export function progressDigitsRules(range: string, progressRef: string, statusRef: string, lines: LineFormulas): PlannedConditionalFormat[] {
  const behind = `OR(${statusRef}="${STATUS_LABELS.lagging}",${statusRef}="${STATUS_LABELS.severe}")`;
  // below line l, yet equal to it or above at `d` decimals of the percentage
  const onto = (l: string, d: number): string => `AND(${progressRef}<${l},ROUND(${progressRef}*${10 ** (d + 2)},0)>=ROUND(${l}*${10 ** (d + 2)},0))`;
  const rule = (d: number): PlannedConditionalFormat => ({
    range,
    formula: `AND(ISNUMBER(${progressRef}),${behind},${progressRef}<${lines.expected},OR(${onto(lines.expected, d)},${onto(lines.lagging, d)},AND(${statusRef}="${STATUS_LABELS.severe}",${onto(lines.severe, d)})))`,
    numFmt: progressFormat(d + 1),
  });
  // 4 decimals where 3 still read on the line, then 3, then 2 (progressBeside's digitsApart, from one decimal)
  return Array.from({ length: MORE_DIGITS_MAX }, (_, k) => rule(MORE_DIGITS_MAX - k));
}
