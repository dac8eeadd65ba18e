import { chinaDate } from "./chinaDate";

/**
 * The day a lock was made, as the ledger counts days (China, UTC+8: chinaDate): `lockedAt` is the lock record's
 * ISO date-time in UTC, so a return locked at 07:00 in 定海区 on 2026-12-06 was dated 2026-12-05 by its first ten
 * characters, a day before the summary's 截至 of that morning (session 39, trial39f F7). An unreadable value keeps
 * its first ten characters; "" stays "". One home for check's title, `--json`'s `lock.date` and the changed-after-lock line.
 */
export function lockDay(lockedAt: string): string {
  const ms = Date.parse(lockedAt);
  return Number.isNaN(ms) ? lockedAt.slice(0, 10) : chinaDate(ms);
}
