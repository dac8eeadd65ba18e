import { templateSheet } from "./buildWorkbookPlan";
import { readMeta } from "./checkGrid";
import type { GridSheet } from "./Grid";
import { plannedFormulaColumns } from "./plannedFormulaColumns";
import { plannedSheetNames } from "./returnSheets";
import type { Template } from "../templates/TemplateSchema";

/**
 * From our metadata sheet alone (metaSheet, as a host read it), where its templates' sheets will have
 * their visible own formula columns: sheet name (the name buildWorkbookPlan gives each template's
 * sheet: plannedSheetNames) → 1-based columns (plannedFormulaColumns of the template's sheet plan).
 * {} when the sheet is not our metadata or cannot be read. Only a guess: a sheet renamed, loaded
 * beside other sheets under another name, or with a column inserted is not where it says, and the
 * reader checks the guess against the sheet's own key row (readWorkbookGrid: one sync more, never a wrong read).
 */
export function metaFormulaColumns(meta: GridSheet): Readonly<Record<string, readonly number[]>> {
  const m = readMeta({ sheets: [meta], names: {} });
  if (m === null || "error" in m) return {};
  const year = typeof m.meta.createdYear === "number" ? m.meta.createdYear : new Date().getFullYear();
  return columnsOf(m.templates, year);
}

/** Once per templates read and year: readMeta shares one list among the reads of one metadata text. */
function columnsOf(templates: readonly Template[], year: number): Readonly<Record<string, readonly number[]>> {
  const key = String(year);
  const known = DONE.get(templates);
  const hit = known?.get(key);
  if (hit) return hit;
  const out: Record<string, number[]> = {};
  const names = plannedSheetNames(templates);
  for (const t of templates) {
    const name = names.get(t.id);
    if (name === undefined || out[name]) continue;
    const cols = plannedFormulaColumns(templateSheet(firstRowOnly(t), name, year));
    if (cols.length > 0) out[name] = cols;
  }
  DONE.set(templates, new Map([...(known ?? []), [key, out]]));
  return out;
}

/**
 * The template with its first row only: a sheet's columns depend on the template's kind and years, not
 * on its rows, and the plan of 5,000 rows took 2 s where this is read (the first 校验).
 */
function firstRowOnly(t: Template): Template {
  return t.kind === "indicators" ? { ...t, indicators: t.indicators.slice(0, 1) }
    : t.kind === "projects" ? { ...t, projects: t.projects.slice(0, 1) }
    : { ...t, reforms: t.reforms.slice(0, 1) };
}

const DONE = new WeakMap<readonly Template[], ReadonlyMap<string, Readonly<Record<string, readonly number[]>>>>();
