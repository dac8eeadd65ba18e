/**
 * The height in points of a row whose wrapped text takes `lines` lines at 10 pt (14 pt a line
 * and 2 of padding, as LibreOffice and WPS lay it out), at most Excel's 409. LibreOffice and WPS
 * never grow a row a program wrote, so whatever writes text into a wrapping cell sets it.
 */
export function linesHeight(lines: number): number {
  return Math.min(409, 14 * lines + 2);
}
