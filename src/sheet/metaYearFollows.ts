import { mergeMeta } from "./mergeMeta";
import { META_MARK, readMetaChunks, type WorkbookMeta } from "./metaSheet";
import type { PlannedSheet } from "./SheetPlan";

/** createdYear of metadata chunks (column A from row 3), or null when unreadable. */
function madeFor(chunks: unknown[]): number | null {
  try {
    const y = (JSON.parse(readMetaChunks(chunks)) as Partial<WorkbookMeta>).createdYear;
    return typeof y === "number" ? y : null;
  } catch {
    return null;
  }
}

/** Column A of a planned sheet from A1, as a host reads it back. */
function plannedColumnA(s: PlannedSheet): unknown[] {
  const out: unknown[] = [];
  for (const c of s.cells) if (/^A\d+$/.test(c.address)) out[Number(c.address.slice(1)) - 1] = c.value;
  return out;
}

/**
 * The metadata sheet to write after the pane's "update existing sheets" (refreshPlan) wrote a plan's sheets again:
 * mergeMeta's, when the year the workbook was made for (createdYear) changes by it; null when it stays, or when
 * `existingColumnA` (column A of the workbook's metadata sheet from A1) is not our metadata. Without it, a workbook
 * loaded again for the next year kept the old year, so the values it carried read as a cover year changed by hand
 * (cover_year_changed) until the new year's column was filled. Pure.
 */
export function metaYearFollows(existingColumnA: unknown[], planned: PlannedSheet): PlannedSheet | null {
  if (existingColumnA[0] !== META_MARK) return null;
  const was = madeFor(existingColumnA.slice(2));
  const merged = mergeMeta(existingColumnA, planned);
  const now = madeFor(plannedColumnA(merged).slice(2));
  return was !== null && now !== null && now !== was ? merged : null;
}
