import { normalizeText } from "./normalizeText";

/** A date as written in a cell's text: the year where it is given, the day where it is given. */
export interface DateText {
  year: number | null;
  month: number;
  day: number | null;
}

// the shapes a date is typed in (evaluation-rules §2, our reading). A dotted or dashed date needs its
// four-digit year: 1.4 is a number and 1-2 a range, while 12/31 is read as a date by every spreadsheet
const SHAPES: readonly RegExp[] = [
  /^(?<y>\d{4})([/.-])(?<m>\d{1,2})\2(?<d>\d{1,2})$/, // 2024/12/31, 2024-12-31, 2024.12.31
  /^(?<y>\d{4})\/(?<m>\d{1,2})$/, // 2024/12
  /^(?<m>\d{1,2})\/(?<d>\d{1,2})$/, // 12/31
  /^(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?$/, // 2024年12月31日, 2024年12月, 12月31日
];

/**
 * The date a cell's text is shaped as (`2024/12/31`, `2024-12-31`, `2024年12月31日`, `12/31`,
 * `2024.12.31`), or null. Month and day must be a real calendar's: `2024/13/45` is no date, and is
 * left to the number-and-unit reading as before. A leap day counts in any year given.
 */
export function dateText(text: string): DateText | null {
  const t = normalizeText(text);
  for (const shape of SHAPES) {
    const g = shape.exec(t)?.groups;
    if (!g?.["m"]) continue;
    const year = g["y"] === undefined ? null : Number(g["y"]);
    const month = Number(g["m"]);
    const day = g["d"] === undefined ? null : Number(g["d"]);
    if (month < 1 || month > 12) return null;
    if (day !== null && (day < 1 || day > daysIn(year ?? 2000, month))) return null;
    // a 年 and 月 alone, with no day, is a month: still a date, not a number for the row
    if (year === null && day === null) return null;
    return { year, month, day };
  }
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
