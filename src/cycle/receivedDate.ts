import { dateText } from "../domain/dateText";
import { chinaDate } from "./chinaDate";
import { lockDay } from "./lockDay";
import { overdueDays } from "./overdueDays";

/**
 * Why a workbook's save day is not its received date (receivedDate): `saved` that day (ISO); `because` "after_as_of"
 * (later than the summary's as-of day `on`: a save not made yet as of it) or "after_review" (on or after `on`, the
 * earliest day the return's review and lock records hold, itself after the deadline: the reviewer's save, not the unit's).
 */
export interface SavedAside { saved: string; because: "after_as_of" | "after_review"; on: string }

/**
 * When a unit's return was received, as the 报送台账 says it: `date` an ISO day, `from` where it was read —
 * "ledger": typed by the manager in the ledger's 收到日期 column (distribute leaves it for them); "saved": the
 * workbook's own last save (docProps/core.xml dcterms:modified) as a day in China (chinaDate); "review": the earliest
 * day the return's review or lock record holds, on or before the deadline: it came no later than that day, so on time.
 * Or no date: `from` "unknown" (none of them; `aside` when the save day was there but is not the unit's: SavedAside),
 * "unread" (what was typed, `typed`, is no date with its year, month and day).
 */
export type ReceivedDate =
  | { date: string; from: "ledger" | "saved" | "review" }
  | { date: null; from: "unknown"; aside?: SavedAside }
  | { date: null; from: "unread"; typed: string };

/**
 * What the returned workbook holds: `savedAt` its last save (ms since 1970 UTC), absent when it does not say; what our
 * `review` and `lock` left in it: `lockedAt` the lock record's ISO date-time (of its reporting year; absent when not
 * locked or damaged), `reviewDates` the texts under its 审核 sheet's 审核日期 column (typed by the reviewer).
 */
export interface ReturnDates { savedAt?: number; lockedAt?: string; reviewDates?: readonly string[] }

/** A text with its year, month and day (dateText: a date cell's ISO day, 2024/2/9, 2024年2月9日) as an ISO day, else null. */
function isoDay(text: string): string | null {
  const d = dateText(text.trim());
  if (!d || d.year === null || d.day === null) return null;
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * The earliest day (ISO, China) the return's lock record or a 审核日期 holds: the return was there by then; null when none.
 * The lock's day is lockDay's (check's title says the same day); a lock date-time that gives no day is left out.
 */
function recordedDay(r: ReturnDates): string | null {
  // several dates in one cell are joined by ； (an older sheet's rows merged: readDecisions)
  const typed = (r.reviewDates ?? []).flatMap((t) => t.split("；"));
  const days = [...typed, ...(r.lockedAt ? [lockDay(r.lockedAt)] : [])].map(isoDay).filter((d): d is string => d !== null);
  return days.length ? days.reduce((a, b) => (b < a ? b : a)) : null;
}

/**
 * The received date of a counted return (issue 18.2, our reading; trial37b F8, trial38b F1). What the manager typed under
 * 收到日期 wins (a date cell, or text such as 2024-02-09, 2024/2/9, 2024年2月9日: dateText); a day without its year
 * (2/9) is not guessed. Else the day the workbook says it was last saved, not the file's time: a unit cannot send a
 * return before it saves it, so a save after the deadline means the return came late, while the file's time is when
 * the manager downloaded it from mail, when `review` or `lock` wrote the 审核 sheet into it (they leave docProps/core.xml
 * as it was), or, copied from a USB stick, the unit's save again. But a save is the unit's only when made before
 * anyone reviewed the return: a save day after `asOf` (the summary's as-of day, ISO; "" for none) was not made yet, and
 * one on or after the earliest day the review and lock records hold (a 审核日期 typed, the lock) is the reviewer's, who
 * typed decisions into the 审核 sheet and saved it in Excel (the guide's 五). Then those records show the return was
 * there on that day: on or before the `deadline` (ISO; "" or no date: never late, overdueDays) it came on time
 * ("review"), else when is not known (SavedAside says why; the manager types the 收到日期). A manager who re-saved a
 * return in Excel or WPS before any review moves its save time too: the ledger's 收到日期 is then the date to type.
 * `typed`: the 收到日期 cell's text ("" when empty).
 */
export function receivedDate(typed: string, file: ReturnDates, cycle: { asOf: string; deadline: string }): ReceivedDate {
  const t = typed.trim();
  if (t) {
    const day = isoDay(t);
    return day ? { date: day, from: "ledger" } : { date: null, from: "unread", typed: t };
  }
  const saved = file.savedAt === undefined ? null : chinaDate(file.savedAt);
  const recorded = recordedDay(file);
  const byReviewer = saved !== null && recorded !== null && saved >= recorded;
  if (saved !== null && !byReviewer && !(cycle.asOf && saved > cycle.asOf)) return { date: saved, from: "saved" };
  if (recorded !== null && overdueDays(recorded, cycle.deadline) === 0) return { date: recorded, from: "review" };
  if (saved === null) return { date: null, from: "unknown" };
  return { date: null, from: "unknown", aside: byReviewer && recorded !== null ? { saved, because: "after_review", on: recorded } : { saved, because: "after_as_of", on: cycle.asOf } };
}
