/**
 * Above this progress (a fraction: 9.99 is 999%) every place that shows a progress to a person says
 * PROGRESS_OVER instead of the number: the sheets' number format (src/sheet/progressFormat.ts), the
 * CLI's check text, the summary's 问题清单, the report's text and 附表, the pane, and a jump against
 * last year (§8a) in percent. A trial user's 2999757.1% (10500000 人次 typed in a 万人次 row) printed
 * as ### in the sheet and as 192451.9% in `check`, two readings of one value; a jump printed 增加
 * 103981.6% beside it. JSON keeps the number (it is data). Lives in the domain so the domain's
 * messages (describeIssue) can use it; the sheet builds its number format from it.
 */
export const PROGRESS_SHOWN_MAX = 9.99;

/** What a progress (or a jump in percent) above PROGRESS_SHOWN_MAX reads, in zh and en alike: `>999%`. */
export const PROGRESS_OVER = `>${Math.round(PROGRESS_SHOWN_MAX * 100)}%`;
