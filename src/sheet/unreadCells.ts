import type { Template } from "../templates/TemplateSchema";
import { templateRowIds } from "../templates/templateRowIds";
import { addedColumns } from "./addedColumns";
import { parseA1 } from "./a1";
import { templateSheet } from "./buildWorkbookPlan";
import { gridCell, type GridSheet } from "./Grid";
import { cellSample, looseCells, type LooseCells } from "./looseCells";
import { oneLineText } from "./oneLineText";
import type { PlannedSheet } from "./SheetPlan";

/**
 * The template's sheet layout for a year (key row, title and header cells, hidden columns), once per
 * template object and year: planned with its first row only, since the layout is the same for every
 * row; planning all 5,000 rows' formulas made a province's check 75% slower (issue 19's bench).
 */
const PLANNED = new WeakMap<Template, Map<number, { layout: PlannedSheet; ids: ReadonlySet<string> }>>();

function plannedOf(t: Template, year: number): { layout: PlannedSheet; ids: ReadonlySet<string> } {
  const byYear = PLANNED.get(t) ?? new Map<number, { layout: PlannedSheet; ids: ReadonlySet<string> }>();
  PLANNED.set(t, byYear);
  const hit = byYear.get(year);
  if (hit) return hit;
  const one: Template = t.kind === "indicators" ? { ...t, indicators: t.indicators.slice(0, 1) } : t.kind === "projects" ? { ...t, projects: t.projects.slice(0, 1) } : { ...t, reforms: t.reforms.slice(0, 1) };
  const planned = { layout: templateSheet(one, t.id, year), ids: new Set(templateRowIds(t)) };
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
  const { layout, ids } = plannedOf(t, year);
  const loose = looseCells(s, rowsById, layout, ids);
  const columns = addedColumns(s).filter((c) => c.cells.length > 0);
  const added = columns.flatMap((c) => c.cells);
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
  return { sheet: s.name, cells, inserted: loose?.inserted ?? [], sample, ...(columns.length ? { columns: columns.map((c) => ({ column: c.column, header: oneLineText(c.header) })) } : {}) };
}
