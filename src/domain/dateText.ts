import { normalizeText } from "./normalizeText";

/** A date as written in a cell's text: the year where it is given, the day where it is given. */
export interface DateText {
  year: number | null;
  month: number;
  day: number | null;
}

// the shapes a date is typed in (evaluation-rules §2, our reading), each with the groups holding its
// year, month and day (0: none; no named groups, which the task pane's ES2017 target refuses). A
// dotted or dashed date needs its four-digit year: 1.4 is a number and 1-2 a range, while 12/31 is
// read as a date by every spreadsheet
const SHAPES: ReadonlyArray<{ re: RegExp; y: number; m: number; d: number }> = [
  { re: /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/, y: 1, m: 3, d: 4 }, // 2024/12/31, 2024-12-31, 2024.12.31
  { re: /^(\d{4})\/(\d{1,2})$/, y: 1, m: 2, d: 0 }, // 2024/12
  { re: /^(\d{1,2})\/(\d{1,2})$/, y: 0, m: 1, d: 2 }, // 12/31
  { re: /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?$/, y: 1, m: 2, d: 3 }, // 2024年12月31日, 2024年12月, 12月31日
];

/**
 * The date a cell's text is shaped as (`2024/12/31`, `2024-12-31`, `2024年12月31日`, `12/31`,
 * `2024.12.31`), or null. Month and day must be a real calendar's: `2024/13/45` is no date, and is
 * left to the number-and-unit reading as before. A leap day counts in any year given.
 */
export function dateText(text: string): DateText | null {
  const t = normalizeText(text);
  for (const shape of SHAPES) {
    const g = shape.re.exec(t);
    const at = (k: number): string | undefined => (k > 0 ? g?.[k] : undefined);
    const m = at(shape.m);
    if (!g || m === undefined) continue;
    const y = at(shape.y);
    const d = at(shape.d);
    const year = y === undefined ? null : Number(y);
    const month = Number(m);
    const day = d === undefined ? null : Number(d);
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
