import { cellText } from "../domain/CellValue";
import type { GridWorkbook } from "./Grid";
import { UNIT_NAME } from "./keys";

/** How far down a sheet the cover's 填报单位 is looked for (it is row 4 of ours; a copy may shift it a little). */
const ROWS = 20;

/**
 * The 填报单位 written on a workbook's cover when the workbook is no return (its metadata lost:
 * the cover and sheets copied into a new workbook, file name unchanged or not): the first cell
 * reading 填报单位 (a colon after it allowed) within the first rows of a sheet, and the next
 * non-empty cell to its right. Only to tell which unit a file that cannot be summed came from;
 * "" when there is none.
 */
export function coverUnitText(g: GridWorkbook): string {
  for (const s of g.sheets) {
    for (const row of s.rows.slice(0, ROWS)) {
      const cells = (row ?? []).map((c) => (c ? cellText(c).trim() : ""));
      const at = cells.findIndex((t) => t.replace(/[:：]$/, "") === UNIT_NAME);
      if (at < 0) continue;
      const value = cells.slice(at + 1).find((t) => t !== "");
      if (value) return value;
    }
  }
  return "";
}
