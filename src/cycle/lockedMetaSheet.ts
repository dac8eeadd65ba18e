import { cellText } from "../domain/CellValue";
import type { GridSheet } from "../sheet/Grid";
import { SheetBuilder } from "../sheet/SheetBuilder";
import type { PlannedSheet } from "../sheet/SheetPlan";
import { lockCells, type LockRecord } from "./LockRecord";

/**
 * The metadata sheet again, with a lock record in column B: column A (the mark, the format
 * version and the templates) is copied as read, text for text, so readers see the same
 * templates; what was in column B (an earlier record) is replaced.
 */
export function lockedMetaSheet(meta: GridSheet, record: LockRecord): PlannedSheet {
  const b = new SheetBuilder(meta.name, "meta");
  b.addColumn("data", 20);
  b.addColumn("lock", 20);
  b.sheet.visibility = "veryHidden";
  meta.rows.forEach((row, i) => {
    const v = row?.[0];
    if (!v || v.type === "empty") return;
    b.value(i + 1, 1, v.type === "number" ? v.value : cellText(v), "text");
  });
  for (const [r, text] of lockCells(record)) b.value(r, 2, text, "text");
  return b.sheet;
}
