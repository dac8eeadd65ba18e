import type { Template } from "../templates/TemplateSchema";
import { gridCell, type GridSheet } from "./Grid";
import { inKey } from "./keys";
import type { WorkbookProblemParams } from "./WorkbookProblem";

/** What cover_year_changed says of one sheet, but the sheet's name. */
export type CoverYearChanged = Omit<WorkbookProblemParams["cover_year_changed"], "sheet">;

const filled = (s: GridSheet, r: number, c: number): boolean => {
  const v = gridCell(s, r, c);
  return v.type !== "empty" && !(v.type === "string" && v.text.trim() === "");
};

/**
 * Whether an indicator sheet reads as a return filled for `made` (the metadata's createdYear) whose cover
 * was changed to `year` by hand (trial33 T11): `made` ≠ `year`, both have an input column (`keys`: in:YYYY),
 * not one of the template's rows (found by id, `rowsById`) holds anything in the `year` column and at least one
 * holds something in the `made` one. `count`: those rows. Null otherwise (a project or reform list, a return
 * made for its cover's year, a rolled-over return not yet filled: its `made` is the new year). Pure.
 */
export function coverYearChanged(s: GridSheet, t: Template, keys: ReadonlyMap<string, number>, rowsById: ReadonlyMap<string, number>, year: number, made: number): CoverYearChanged | null {
  if (t.kind !== "indicators" || made === year) return null;
  const now = keys.get(inKey(year)), then = keys.get(inKey(made));
  if (now === undefined || then === undefined) return null;
  let count = 0;
  for (const d of t.indicators) {
    const r = rowsById.get(d.id);
    if (r === undefined) continue;
    if (filled(s, r, now)) return null;
    if (filled(s, r, then)) count++;
  }
  return count > 0 ? { year, made, count } : null;
}
