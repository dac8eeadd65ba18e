import { dateText } from "../domain/dateText";
import { chinaDate } from "./chinaDate";

/**
 * When a unit's return was received, as the 报送台账 says it: `date` an ISO day, `from` where it was read —
 * "ledger": typed by the manager in the ledger's 收到日期 column (distribute leaves it for them); "saved": the
 * workbook's own last save (docProps/core.xml dcterms:modified) as a day in China (chinaDate). Or no date: `from`
 * "unknown" (neither is there), "unread" (what was typed, `typed`, is no date with its year, month and day).
 */
export type ReceivedDate = { date: string; from: "ledger" | "saved" } | { date: null; from: "unknown" } | { date: null; from: "unread"; typed: string };

/**
 * The received date of a counted return (issue 18.2, our reading; trial37b F8). What the manager typed under
 * 收到日期 wins (a date cell, or text such as 2024-02-09, 2024/2/9, 2024年2月9日: dateText); a day without its year
 * (2/9) is not guessed. Else the day the workbook says it was last saved, not the file's time: a unit cannot send a
 * return before it saves it, so a save after the deadline means the return came late, while the file's time is when
 * the manager downloaded it from mail (days after it came), when `review` or `lock` wrote the 审核 sheet into it
 * (they leave docProps/core.xml as it was), or, copied from a USB stick, the unit's save again. A manager who
 * re-saved a return in Excel or WPS moves its save time too: the ledger's 收到日期 is then the date to type.
 * `typed`: the 收到日期 cell's text ("" when empty); `savedAt`: ms since 1970 UTC, absent when the workbook does not say.
 */
export function receivedDate(typed: string, savedAt: number | undefined): ReceivedDate {
  const t = typed.trim();
  if (t) {
    const d = dateText(t);
    if (!d || d.year === null || d.day === null) return { date: null, from: "unread", typed: t };
    return { date: `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`, from: "ledger" };
  }
  return savedAt === undefined ? { date: null, from: "unknown" } : { date: chinaDate(savedAt), from: "saved" };
}
