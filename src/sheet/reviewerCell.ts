import type { CellValue } from "../domain/CellValue";

const DAY = 86_400_000;

/**
 * What to write back in a cell a person typed into (a reviewer's column of the 审核 sheet, or a
 * column of their own), so it stays what they typed: a date stays a date (its serial, shown
 * yyyy-mm-dd) and a plain number a number; anything else, and a cell whose text was merged
 * with another's (`text` no longer the cell's own), is written as the text. A date read
 * without its serial (an ISO `t="d"` cell) gets the 1900-system serial of its day.
 */
export function reviewerCell(read: CellValue | undefined, text: string): { value: string | number; numFmt?: string } {
  if (read?.type === "date" && read.iso === text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(read.iso);
    const serial = read.serial ?? (m ? (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / DAY : NaN);
    // before 1900-03-01 the 1900 system counts Lotus's 1900-02-29: leave such a date as its text
    if (Number.isFinite(serial) && serial >= 61) return { value: serial, numFmt: "yyyy-mm-dd" };
  }
  if (read?.type === "number" && !read.percentStyle && String(read.value) === text) return { value: read.value };
  return { value: text };
}
