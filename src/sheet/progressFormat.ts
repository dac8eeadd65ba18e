import { PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "../domain/PROGRESS_SHOWN_MAX";

/**
 * The number format of every 进度 cell the sheets plan (evaluation-rules §3a): one decimal, so 59.7%
 * 滞后 never reads as 60% beside a 序时进度 of 60%; a negative progress (the value on the wrong side of
 * the baseline) reads 倒退; and above PROGRESS_SHOWN_MAX it reads PROGRESS_OVER. A format cannot
 * shorten a number, but a condition section can show words, and the cell keeps its value for
 * formulas and for anyone who looks. Excel, WPS and LibreOffice all read the two conditions and the
 * third, plain, section.
 */
export const PROGRESS_FORMAT = `[>${PROGRESS_SHOWN_MAX}]"${PROGRESS_OVER}";[<0]"倒退";0.0%`;
