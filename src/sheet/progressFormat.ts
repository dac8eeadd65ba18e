/**
 * Above this progress (a fraction: 9.99 is 999%) every place that shows a progress to a person says
 * PROGRESS_OVER instead of the number: the sheets' number format below, the CLI's check text, the
 * summary's 问题清单, the report's text and 附表, the pane. A trial user's 2999757.1% (10500000 人次
 * typed in a 万人次 row) printed as ### in the sheet and as 192451.9% in `check`, two readings of one
 * value. JSON keeps the number (it is data).
 */
export const PROGRESS_SHOWN_MAX = 9.99;

/** What a progress above PROGRESS_SHOWN_MAX reads, in zh and en alike: `>999%`. */
export const PROGRESS_OVER = `>${Math.round(PROGRESS_SHOWN_MAX * 100)}%`;

/**
 * The number format of every 进度 cell the sheets plan (evaluation-rules §3a): one decimal, so 59.7%
 * 滞后 never reads as 60% beside a 序时进度 of 60%; a negative progress (the value on the wrong side of
 * the baseline) reads 倒退; and above PROGRESS_SHOWN_MAX it reads PROGRESS_OVER. A format cannot
 * shorten a number, but a condition section can show words, and the cell keeps its value for
 * formulas and for anyone who looks. Excel, WPS and LibreOffice all read the two conditions and the
 * third, plain, section.
 */
export const PROGRESS_FORMAT = `[>${PROGRESS_SHOWN_MAX}]"${PROGRESS_OVER}";[<0]"倒退";0.0%`;
