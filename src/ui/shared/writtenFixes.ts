import type { GridWorkbook } from "../../sheet/Grid";
import { gridCell } from "../../sheet/Grid";
import { parseA1 } from "../../sheet/a1";
import type { Fix } from "./Fix";

/**
 * The fixes whose cell holds their new value in `grid` (read after a write failed partway):
 * Excel keeps the cells a failed request wrote before it stopped, so the pane can name them.
 */
export function writtenFixes(fixes: readonly Fix[], grid: GridWorkbook): Fix[] {
  return fixes.filter((f) => {
    const sheet = grid.sheets.find((s) => s.name === f.sheet);
    const at = parseA1(f.cell);
    if (!sheet || !at) return false;
    const v = gridCell(sheet, at.row, at.col);
    return typeof f.to === "number" ? v.type === "number" && v.value === f.to : v.type === "string" && v.text === f.to;
  });
}
