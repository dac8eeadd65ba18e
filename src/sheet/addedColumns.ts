import { cellText, type CellValue } from "../domain/CellValue";
import { columnLetter } from "./a1";
import { gridCell, type GridSheet } from "./Grid";
import { FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from "./keys";

/** A column a person added to a template sheet (no key in the hidden key row) that holds something. */
export interface AddedColumn {
  sheet: string;
  /** its letter where it stands in the sheet read (D) */
  column: string;
  /** its header (row 3), "" when none */
  header: string;
  /** data cells (row 4 on) with content */
  filled: number;
  /** their addresses, top down (AT24, AT30) */
  cells: string[];
}

const hasContent = (v: CellValue): boolean => v.type !== "empty" && v.type !== "uncalculated" && cellText(v).trim() !== "";

/**
 * The columns of a template sheet without a key in the key row (row 2) that hold a header or a
 * value: a 责任科室 a town inserted beside the indicator's name, a 备注 at the far right. A new
 * return is planned from the template's columns, so a roll-over cannot carry them; this names
 * them. Wherever they stand (`check`'s `column_inserted` only tells those inside a year block, where
 * they disturb the formulas); empty ones carry nothing and are not named. Column A holds the
 * template mark and is never one.
 */
export function addedColumns(s: GridSheet): AddedColumn[] {
  const keys = s.rows[KEY_ROW - 1] ?? [];
  const width = Math.max(...s.rows.map((r) => r?.length ?? 0), 0);
  const out: AddedColumn[] = [];
  for (let col = 2; col <= width; col++) {
    if (cellText(keys[col - 1] ?? { type: "empty" }).trim() !== "") continue;
    const head = gridCell(s, HEADER_ROW, col);
    const cells: string[] = [];
    for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) if (hasContent(gridCell(s, r, col))) cells.push(`${columnLetter(col)}${r}`);
    if (cells.length === 0 && !hasContent(head)) continue;
    out.push({ sheet: s.name, column: columnLetter(col), header: hasContent(head) ? cellText(head).trim() : "", filled: cells.length, cells });
  }
  return out;
}
