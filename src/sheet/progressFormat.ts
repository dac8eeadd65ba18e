import { PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "../domain/PROGRESS_SHOWN_MAX";

/**
 * The number format of a 进度 cell the sheets plan (evaluation-rules §3a): `digits` decimals (one as a
 * rule, so 59.7% 滞后 never reads as 60% beside a 序时进度 of 60%; more where progressBeside asks for
 * them, 79.98% beside 80.00%); a negative progress (the value on the wrong side of the baseline) reads
 * 倒退; and above PROGRESS_SHOWN_MAX it reads PROGRESS_OVER. A format cannot shorten a number, but a
 * condition section can show words, and the cell keeps its value for formulas and for anyone who
 * looks. Excel, WPS and LibreOffice all read the two conditions and the third, plain, section.
 */
export function progressFormat(digits = 1): string {
  return `[>${PROGRESS_SHOWN_MAX}]"${PROGRESS_OVER}";[<0]"倒退";${sharePattern(digits)}`;
}

/** A share as a plain percentage with `digits` decimals (`0.0%`), as 序时进度 beside a 进度 cell. */
export function sharePattern(digits: number): string {
  return digits > 0 ? `0.${"0".repeat(digits)}%` : "0%";
}

/** Every 进度 cell's usual format: one decimal. */
export const PROGRESS_FORMAT = progressFormat(1);
