/** China's offset from UTC (UTC+8 all year: no daylight saving since 1991), in ms. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar day (ISO YYYY-MM-DD) a moment `ms` (ms since 1970 UTC) falls on in China (UTC+8), the ledger's
 * time zone: deadlines, `--as-of` and received dates are such days (a return saved at 2024-01-31T16:30Z was saved on
 * 2024-02-01 in 定海区, a day late). One home for `summary`'s default `--as-of` and a return's received date (receivedDate).
 */
export function chinaDate(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
