import type { CellValue } from "../domain/CellValue";

const DAY = 86_400_000;

/** The date systems a reviewer's cell moves between: the workbook it was read from, the one it is written to (1904: Mac workbooks). */
export interface DateSystems {
  from1904?: boolean;
  to1904?: boolean;
}

/**
 * What to write back in a cell a person typed into (a reviewer's column of the 审核 sheet, or a
 * column of their own), so it stays what they typed: a date stays a date (its serial in the
 * written workbook's date system, shown yyyy-mm-dd) and a plain number a number; anything else,
 * and a cell whose text was merged with another's (`text` no longer the cell's own), is written
 * as the text. The stored serial is kept when both workbooks count dates alike (a time of day
 * stays); otherwise, or when none was stored (an ISO `t="d"` cell), the day's serial in the
 * written workbook's system (review --replaces from a Mac workbook into a 1900 one).
 */
export function reviewerCell(read: CellValue | undefined, text: string, dates: DateSystems = {}): { value: string | number; numFmt?: string } {
  if (read?.type === "date" && read.iso === text) {
    const to1904 = dates.to1904 ?? false;
    const serial = read.serial !== undefined && (dates.from1904 ?? false) === to1904 ? read.serial : daySerial(read.iso, to1904);
    // before 1900-03-01 the 1900 system counts Lotus's 1900-02-29: leave such a date as its text
    if (Number.isFinite(serial) && serial >= (to1904 ? 0 : 61)) return { value: serial, numFmt: "yyyy-mm-dd" };
  }
  if (read?.type === "number" && !read.percentStyle && String(read.value) === text) return { value: read.value };
  return { value: text };
}

/** The serial of an ISO day (yyyy-mm-dd) in the 1900 system (0 = 1899-12-30, from 1900-03-01 on) or the 1904 one (0 = 1904-01-01); NaN for other text. */
function daySerial(iso: string, date1904: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return (day - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / DAY;
}
