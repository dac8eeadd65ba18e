/**
 * The number format of every 进度 cell the sheets plan (evaluation-rules §3a): one decimal, so 59.7%
 * 滞后 never reads as 60% beside a 序时进度 of 60%; a negative progress (the value on the wrong side of
 * the baseline) reads 倒退; and above 999% it reads >999%. A trial user's 2999757.1% (10500000 人次 typed
 * in a 万人次 row) printed as ### in the narrow 进度 column: a format cannot shorten a number, but a
 * condition section can show words, and the cell keeps its value for formulas and for anyone who looks.
 * Excel, WPS and LibreOffice all read the two conditions and the third, plain, section.
 */
export const PROGRESS_FORMAT = '[>9.99]">999%";[<0]"倒退";0.0%';
