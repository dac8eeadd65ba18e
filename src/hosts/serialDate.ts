const DAY = 86_400_000;

/**
 * The moment (UTC) an Excel serial number stands for; an invalid Date for a negative or
 * non-finite serial. 1900 system: 1 is 1900-01-01, and from 61 on the count starts at
 * 1899-12-30 (Excel keeps Lotus 1-2-3's 1900-02-29 as serial 60). 1904 system (workbookPr
 * date1904, Mac workbooks): 0 is 1904-01-01.
 */
export function serialDate(n: number, date1904: boolean): Date {
  if (!Number.isFinite(n) || n < 0) return new Date(NaN);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : n < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(n * DAY));
}
