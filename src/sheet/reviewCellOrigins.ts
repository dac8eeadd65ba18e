import { cellText } from "../domain/CellValue";
import { a1, parseA1 } from "./a1";
import { gridCell, type GridSheet } from "./Grid";
import { FIRST_DATA_ROW, KEY_ROW } from "./keys";
import type { PlannedSheet } from "./SheetPlan";
import { FIGURES } from "./reviewSheet";

/** Columns whose look is ours to set from what the row holds (a status's fill, 待复核's yellow): never the person's. */
const OURS_BY_CONTENT = new Set(["status", "review", "key", "fingerprint", "shown", "seen", "since", "replaces", "redecided", "carried"]);

/** The key row's mark of a person's own column (reviewSheet writes `extra:` and its header). */
const EXTRA_KEY = "extra:";

/**
 * Where a rewritten cell was: `from` its old address; `theirs`, a cell of the person's own column (its look is all theirs);
 * `figure`, a cell of a column whose figures are numbers (reviewSheet FIGURES): its number format is ours, by its decimals,
 * whatever look of the person's is kept.
 */
export interface CellOrigin { from: string; theirs: boolean; figure?: true }

/**
 * For each data cell of a rewritten 审核 sheet, the cell of the earlier sheet it is (same row key,
 * same column key, wherever either stood): new address → its CellOrigin ("C6" → C6), so a fill or
 * font a person put on it can be kept (putOwnSheet's keepStyles; trial27a: 审核!C6's orange fill was
 * lost on the next `review`). Columns whose look follows the row's content (状态, 复核状态) and the
 * hidden ones are left out.
 */
export function reviewCellOrigins(old: GridSheet, planned: PlannedSheet): Map<string, CellOrigin> {
  const plannedKeys = new Map<number, string>();
  const plannedRowKey = new Map<number, string>();
  let keyCol = 0;
  for (const c of planned.cells) {
    const p = parseA1(c.address);
    if (p && p.row === KEY_ROW && typeof c.value === "string") { plannedKeys.set(p.col, c.value); if (c.value === "key") keyCol = p.col; }
  }
  for (const c of planned.cells) {
    const p = parseA1(c.address);
    if (p && p.col === keyCol && p.row >= FIRST_DATA_ROW && typeof c.value === "string" && c.value) plannedRowKey.set(p.row, c.value);
  }
  const width = Math.max(0, ...old.rows.map((r) => r?.length ?? 0));
  const oldCols = new Map<string, number>();
  for (let col = 2; col <= width; col++) {
    const k = cellText(gridCell(old, KEY_ROW, col)).trim();
    if (k && !oldCols.has(k)) oldCols.set(k, col);
  }
  const oldKeyCol = oldCols.get("key");
  const out = new Map<string, CellOrigin>();
  if (oldKeyCol === undefined) return out;
  const oldRows = new Map<string, number>();
  for (let r = FIRST_DATA_ROW; r <= old.rows.length; r++) {
    const k = cellText(gridCell(old, r, oldKeyCol)).trim();
    if (k && !oldRows.has(k)) oldRows.set(k, r);
  }
  for (const [row, key] of plannedRowKey) {
    const was = oldRows.get(key);
    if (was === undefined) continue;
    for (const [col, ck] of plannedKeys) {
      if (OURS_BY_CONTENT.has(ck)) continue;
      const from = col === 1 ? 1 : oldCols.get(ck);
      if (from !== undefined) out.set(a1(row, col), { from: a1(was, from), theirs: ck.startsWith(EXTRA_KEY), ...(FIGURES.has(ck) ? { figure: true as const } : {}) });
    }
  }
  return out;
}
