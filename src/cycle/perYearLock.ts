import { cellText } from "../domain/CellValue";
import { gridCell, type GridWorkbook } from "../sheet/Grid";
import type { PerYearCell } from "../sheet/perYearCells";
import { findMetaSheet, LOCK_MARK, readLock } from "./LockRecord";

/**
 * The lock record of a workbook as a change of year clears it: a lock accepts one reporting
 * year's return, so the pane's roll-over empties it with the year's own cells (sheet/perYearCells),
 * as `rollover` leaves it out of the new return (cycleMessages rolled_review_left). `cells`: the
 * filled cells of column B of the metadata sheet (the record's mark in B1 and its JSON below, all
 * ours: lockedMetaSheet), key `lock`; `year` the record's year, null when the record is damaged;
 * `lockedAt`, `reviewer` as recorded ("" when damaged). Null when the workbook is not locked; pure.
 */
export function perYearLock(grid: GridWorkbook): { sheet: string; year: number | null; lockedAt: string; reviewer: string; cells: PerYearCell[] } | null {
  const meta = findMetaSheet(grid);
  if (!meta || cellText(gridCell(meta, 1, 2)) !== LOCK_MARK) return null;
  const cells: PerYearCell[] = [];
  for (let row = 1; row <= meta.rows.length; row++) if (gridCell(meta, row, 2).type !== "empty") cells.push({ sheet: meta.name, row, col: 2, key: "lock" });
  const rec = readLock(grid);
  const ok = rec !== null && !("error" in rec);
  return { sheet: meta.name, year: ok && typeof rec.year === "number" ? rec.year : null, lockedAt: ok ? rec.lockedAt ?? "" : "", reviewer: ok ? rec.reviewer ?? "" : "", cells };
}
