import type { Template } from "../templates/TemplateSchema";
import { addedColumns } from "./addedColumns";
import { parseA1 } from "./a1";
import { templateSheet } from "./buildWorkbookPlan";
import { gridCell, type GridSheet } from "./Grid";
import { cellSample, looseCells, type LooseCells } from "./looseCells";
import type { PlannedSheet } from "./SheetPlan";

/** The template's sheet as planned for a year, once per template object and year (1,000 returns of one plan plan it once). */
const PLANNED = new WeakMap<Template, Map<number, PlannedSheet>>();

function plannedOf(t: Template, year: number): PlannedSheet {
  const byYear = PLANNED.get(t) ?? new Map<number, PlannedSheet>();
  PLANNED.set(t, byYear);
  const hit = byYear.get(year);
  if (hit) return hit;
  const planned = templateSheet(t, t.id, year);
  byYear.set(year, planned);
  return planned;
}

/**
 * Every cell of a return's template sheet `s` that holds something `check` does not read: what
 * looseCells finds (a row inserted inside the table, notes under it or beside the title) and the
 * filled cells of columns a person added (addedColumns: a 备注 typed in AT24). In sheet order, row by
 * row; `inserted` as looseCells gives it. `rowsById`: the rows check found by id. Null when none.
 * Shown as `check`'s workbook problem `cells_not_read`, so a 快报数 caveat reaches the reviewer.
 */
export function unreadCells(s: GridSheet, rowsById: ReadonlyMap<string, number>, t: Template, year: number): LooseCells | null {
  const loose = looseCells(s, rowsById, plannedOf(t, year));
  const added = addedColumns(s).flatMap((c) => c.cells);
  if (!loose && !added.length) return null;
  const order = (ref: string): number => {
    const at = parseA1(ref);
    return at ? at.row * 20000 + at.col : 0;
  };
  const cells = [...(loose?.cells ?? []), ...added].sort((a, b) => order(a) - order(b));
  // the first text in sheet order, whichever kind of cell holds it
  const sample = cells.map((ref) => {
    const at = parseA1(ref);
    return at ? cellSample(gridCell(s, at.row, at.col)) : "";
  }).find((x) => x !== "") ?? "";
  return { sheet: s.name, cells, inserted: loose?.inserted ?? [], sample };
}
