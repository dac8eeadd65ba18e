import { columnPoints, PRINTABLE_POINTS } from "./printSetup";

/**
 * The scale a sheet printed one page wide (fitToWidth, A4 landscape between 0.4" margins) is printed at: 1 when its
 * columns (`widths`, in characters of the default font's digit) fit the page, else the page's width over theirs, as
 * Excel computes it (LibreOffice's characters are a little wider, so it prints a little smaller: a page laid out at
 * this scale is never overfull there, only a little short). A page at scale `s` holds 1/s as many points of rows, so
 * rows broken by hand must be counted at this scale, not at 100 % (trial37b F1: breaks made for 100 % left pages half empty).
 */
export function fitToWidthScale(widths: readonly number[]): number {
  const total = widths.reduce((a, w) => a + columnPoints(w), 0);
  return total <= PRINTABLE_POINTS ? 1 : PRINTABLE_POINTS / total;
}
