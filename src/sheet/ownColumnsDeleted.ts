import type { Template } from "../templates/TemplateSchema";
import { parseA1 } from "./a1";
import { templateSheet } from "./buildWorkbookPlan";
import { HEADER_ROW, inKeyYear, KEY_ROW } from "./keys";

/** A column of ours a template's sheet no longer has: its key and the header the sheet showed over it (说明, 方向, 2025年). */
export interface DeletedColumn { key: string; header: string }

/** Each template's visible columns after column A, as templateSheet plans them (one home of the layout), by template. */
const PLANNED = new WeakMap<Template, DeletedColumn[]>();

function plannedColumns(t: Template, year: number): DeletedColumn[] {
  const known = PLANNED.get(t);
  if (known) return known;
  // the columns do not depend on the rows: the sheet is planned without them, once a template
  const empty = (t.kind === "indicators" ? { ...t, indicators: [] } : t.kind === "projects" ? { ...t, projects: [] } : { ...t, reforms: [] }) as Template;
  const plan = templateSheet(empty, "x", year);
  const at = (row: number): Map<number, string | number> => new Map(plan.cells.flatMap((c) => {
    const p = parseA1(c.address);
    return p && p.row === row && c.value !== undefined && c.value !== null ? [[p.col, c.value] as const] : [];
  }));
  const [keys, heads] = [at(KEY_ROW), at(HEADER_ROW)];
  const out = plan.columns.flatMap((c, i) => {
    const key = keys.get(i + 1);
    if (i === 0 || c.hidden || typeof key !== "string") return [];
    const head = heads.get(i + 1);
    return [{ key, header: typeof head === "number" ? `${head}年` : String(head ?? key) }];
  });
  PLANNED.set(t, out);
  return out;
}

/**
 * The visible columns of ours (after column A, which holds the sheet's mark) missing from a template's sheet
 * whose hidden key row `keys` was read: deleted, most often by a script (openpyxl's delete_cols), which
 * leaves every formula reading the columns by their old letters (trial s35 X2, X4: 方向, 说明 or 2025 deleted,
 * every 当年状态 #VALUE! after a recalculation, a 说明 asked for with no cell to write it in). Empty when
 * none is missing. A yearly plan's sheet made before every year had an input column (only its target
 * years' `in:` and `tgt:` columns, year_column_missing) is that layout, not a deletion: its year columns are not named.
 */
export function ownColumnsDeleted(t: Template, keys: ReadonlyMap<string, number>, year: number): DeletedColumn[] {
  const planned = plannedColumns(t, year);
  const yearOf = (k: string): string | null => inKeyYear(k) ?? (k.startsWith("tgt:") ? k.slice(4) : null);
  const had = new Set([...keys.keys()].flatMap((k) => { const y = yearOf(k); return y === null ? [] : [y]; }));
  const targets = t.kind === "indicators" ? t.yearlyTargetYears.map(String) : [];
  const older = targets.length > 0 && had.size === targets.length && targets.every((y) => had.has(y));
  return planned.filter((c) => !keys.has(c.key) && !(older && yearOf(c.key) !== null));
}
