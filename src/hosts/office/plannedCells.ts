import type { PlannedCell, PlannedSheet } from "../../sheet/SheetPlan";
import { cellKey, parseCell } from "./addressing";

/** A planned cell at its position, after later plan entries for the same address were applied. */
export interface PositionedCell extends PlannedCell {
  row: number;
  col: number;
}

/**
 * The plan's cells by position. A plan may name an address twice (a styled empty cell, then
 * its formula); like the .xlsx host, the later entry's content wins (an empty value does not
 * erase earlier content) and its style, number format and fill override the earlier ones.
 */
export function plannedCells(sheet: PlannedSheet): Map<number, PositionedCell> {
  const out = new Map<number, PositionedCell>();
  for (const c of sheet.cells) {
    const p = parseCell(c.address);
    if (!p) throw new Error(`plan error: sheet ${sheet.name}: bad cell address ${c.address}`);
    const k = cellKey(p.row, p.col);
    const prev = out.get(k);
    const merged: PositionedCell = { ...(prev ?? {}), address: c.address, row: p.row, col: p.col };
    if (c.formula !== undefined) { merged.formula = c.formula; delete merged.value; }
    else if (c.value !== undefined && c.value !== null) { merged.value = c.value; delete merged.formula; }
    else if (c.value === null && merged.formula === undefined && merged.value === undefined) merged.value = null;
    if (c.style !== undefined) merged.style = c.style;
    if (c.numFmt !== undefined) merged.numFmt = c.numFmt;
    if (c.fill !== undefined) merged.fill = c.fill;
    out.set(k, merged);
  }
  return out;
}

/** Input cells are the user's: their values are kept on reload. */
export function isInputCell(c: PlannedCell): boolean {
  return c.style === "input" || c.style === "inputText";
}
