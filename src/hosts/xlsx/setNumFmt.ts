import type ExcelJS from "exceljs";

/**
 * Sets one cell's number format. ExcelJS's `cell.numFmt = …` writes into the cell's style
 * object, which cells of one style share (applyStyle; and ExcelJS's reader shares them by
 * style id): the cell is given its own copy first, so no other cell changes with it.
 */
export function setNumFmt(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}
