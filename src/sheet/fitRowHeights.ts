import { parseA1 } from "./a1";
import { linesHeight } from "./linesHeight";
import type { PlannedSheet } from "./SheetPlan";
import { STYLES } from "./styles";
import { wrappedLines } from "./wrappedLines";

/** The font size wrappedLines and linesHeight measure at: a larger font (a title) is as much wider and taller. */
const BASE_SIZE = 10;

/**
 * Raises `sheet.rowHeights` so that every row holding wrapped text (a text cell whose style
 * wraps) is as tall as its longest cell's lines (linesHeight of wrappedLines at its column's
 * width). LibreOffice and WPS never refit a row an .xlsx gives, nor one it gives no height (two
 * long 县区对比 names overprinted each other). Only raised, never lowered: a height the sheet's
 * writer set stays where it is tall enough. One-line rows stay as they are, and so do merged
 * cells: a paragraph across the sheet is measured by its writer (wrappedLines overcounts a
 * long line of mixed text, and the 评估 paragraph's row was a third empty). Mutates and
 * returns `sheet`.
 */
export function fitRowHeights(sheet: PlannedSheet): PlannedSheet {
  const width = (col: number): number => sheet.columns[col - 1]?.width ?? 8.43;
  const merged = new Set(sheet.merges.map((m) => m.split(":")[0]!.replace(/\$/g, "")));
  for (const cell of sheet.cells) {
    const style = cell.style ? STYLES[cell.style] : undefined;
    if (!style?.wrap || typeof cell.value !== "string" || cell.value === "") continue;
    const at = parseA1(cell.address);
    if (!at || merged.has(cell.address)) continue;
    const scale = (style.size ?? BASE_SIZE) / BASE_SIZE;
    const lines = wrappedLines(cell.value, width(at.col) / scale);
    if (lines <= 1) continue;
    const need = Math.min(409, Math.ceil(linesHeight(lines) * scale));
    if ((sheet.rowHeights[at.row] ?? 0) < need) sheet.rowHeights[at.row] = need;
  }
  return sheet;
}
