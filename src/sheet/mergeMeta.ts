import { metaSheet, readMetaChunks, type WorkbookMeta } from "./metaSheet";
import type { PlannedSheet } from "./SheetPlan";

function parse(chunks: unknown[]): WorkbookMeta | null {
  try {
    const m = JSON.parse(readMetaChunks(chunks)) as WorkbookMeta;
    return Array.isArray(m.templates) ? m : null;
  } catch {
    return null;
  }
}

/**
 * The metadata sheet for a workbook that already has one: the templates it lists, plus the
 * ones being loaded (a template loaded again replaces its earlier copy). Without this a second
 * template added to a return would be unknown to the check.
 * The year the workbook was made for (createdYear, read by cover_year_changed) and the sheet rules are the new
 * plan's only when every template listed is written again (all its sheets are then for that year), else they stay:
 * a workbook loaded again for the next year kept the old year, and its carried values read as a cover changed by hand.
 * The values owed from earlier years (owed) are the new plan's when it gives them (a change of year), else they stay.
 * `existingColumnA` is column A of the existing sheet from A1; the planned sheet is the new plan's.
 */
export function mergeMeta(existingColumnA: unknown[], planned: PlannedSheet): PlannedSheet {
  const plannedChunks = planned.cells.filter((c) => /^A\d+$/.test(c.address) && Number(c.address.slice(1)) >= 3)
    .sort((a, b) => Number(a.address.slice(1)) - Number(b.address.slice(1))).map((c) => c.value);
  const next = parse(plannedChunks);
  if (!next) throw new Error("planned metadata sheet is not valid"); // programmer error
  const old = parse(existingColumnA.slice(2));
  if (!old) return planned;
  const ids = new Set(next.templates.map((t) => t.id));
  const kept = old.templates.filter((t) => !ids.has(t.id));
  // the sheets of templates not loaded again keep the formulas they were written with
  const rules = kept.length === 0 ? next.rules : Math.min(old.rules ?? 1, next.rules ?? 1);
  const createdYear = kept.length === 0 ? next.createdYear : old.createdYear;
  const owed = next.owed ?? old.owed;
  return metaSheet({ ...next, createdYear, templates: [...kept, ...next.templates], ...(rules !== undefined ? { rules } : {}), ...(owed ? { owed } : {}) });
}
