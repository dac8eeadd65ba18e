import type { OwedValue } from "../../sheet/OwedValue";
import { buildWorkbookPlan, templateSheet } from "../../sheet/buildWorkbookPlan";
import { readMeta, readUnit, readYear } from "../../sheet/checkGrid";
import type { GridWorkbook } from "../../sheet/Grid";
import type { PlannedSheet, WorkbookPlan } from "../../sheet/SheetPlan";
import type { Template } from "../../templates/TemplateSchema";
import type { ExistingSheet } from "./OfficeActions";

/** What to do with a template whose sheet is already in the workbook. */
export type ConflictChoice = "refresh" | "copy" | "cancel";

/** Existing sheets carrying the mark of one of the templates to load. */
export function findConflicts(templates: readonly Template[], existing: readonly ExistingSheet[]): ExistingSheet[] {
  const ids = new Set(templates.map((t) => t.id));
  return existing.filter((s) => s.templateId !== null && ids.has(s.templateId));
}

/** What the pane needs to know of a plan-returns workbook before loading into it. */
export interface WorkbookState {
  /** the reporting year the formulas use (the cover's 报告年份), or null */
  year: number | null;
  /** the cover's 填报单位 as check reads it (checkGrid's reportingUnit), "" when blank */
  unit: string;
  /** the templates its metadata lists */
  templates: Template[];
  /** ids that two of those templates share (the check cannot tell their sheets apart) */
  duplicateIds: string[];
}

/** The year and templates of a workbook read by the host; null when it is not a plan-returns workbook. */
export function workbookState(grid: GridWorkbook): WorkbookState | null {
  const m = readMeta(grid);
  if (m === null || "error" in m) return null;
  const ids = m.templates.map((t) => t.id);
  return { year: readYear(grid), unit: readUnit(grid), templates: m.templates, duplicateIds: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))] };
}

/** One plan and the same plan: same id, title, region and period (never one plan refreshed with another). */
export function samePlan(a: Template, b: Template): boolean {
  return a.id === b.id && a.title === b.title && a.region === b.region && a.baselineYear === b.baselineYear && a.targetYear === b.targetYear;
}

/**
 * The templates to load, each with an id no other plan in the workbook uses: a template whose id
 * the workbook gives to another plan (two imports before ids were unique) is loaded as a new
 * copy under `<id>-2`, `-3` …, never as an update of that plan. `renamed` lists those.
 */
export function distinctIds(templates: readonly Template[], inWorkbook: readonly Template[]): { templates: Template[]; renamed: Array<{ title: string; from: string; to: string }> } {
  const taken = new Set(inWorkbook.map((t) => t.id));
  const renamed: Array<{ title: string; from: string; to: string }> = [];
  const out: Template[] = [];
  for (const t of templates) {
    // a plan already in the workbook, or loaded just before in this same list
    const there = inWorkbook.find((w) => w.id === t.id) ?? out.find((w) => w.id === t.id);
    if (!there || samePlan(there, t)) { if (!out.some((w) => w.id === t.id)) out.push(t); continue; }
    let k = 2;
    while (taken.has(`${t.id}-${k}`) || templates.some((x) => x.id === `${t.id}-${k}`)) k++;
    const id = `${t.id}-${k}`;
    taken.add(id);
    renamed.push({ title: t.title, from: t.id, to: id });
    out.push({ ...t, id });
  }
  return { templates: out, renamed };
}

export interface LoadPlan {
  plan: WorkbookPlan;
  /** existing sheets the plan refreshes in place (values kept) */
  refresh: string[];
  /** the template sheets the plan writes */
  sheetNames: string[];
}

/**
 * The plan for a load. Without a conflict, or with "copy", every template sheet gets a new
 * name (never one already taken). With "refresh", every existing sheet of a template (renamed
 * sheets and copies included) is rebuilt under its current name, so the host keeps its values;
 * with a year other than the workbook's, that is the roll-over of the whole workbook (its cover
 * carries the year the host writes). `options.reportingUnit` (the pane's 填报单位) goes on a new cover; `options.owed`
 * (a roll-over: cycle/rolledOwed) into the metadata, as `rollover` keeps it.
 */
export function planLoad(templates: Template[], year: number, existing: readonly ExistingSheet[], choice: Exclude<ConflictChoice, "cancel">, options: { reportingUnit?: string; owed?: OwedValue[] } = {}): LoadPlan {
  const taken = new Set(existing.map((s) => s.name));
  const plan = buildWorkbookPlan(templates, { year, taken, ...options });
  const refresh: string[] = [];
  const sheetNames: string[] = [];
  if (choice === "refresh") {
    let k = 0;
    plan.sheets = plan.sheets.flatMap((s): PlannedSheet[] => {
      if (s.role !== "template") return [s];
      const t = templates[k++];
      const own = t ? existing.filter((e) => e.templateId === t.id) : [];
      if (!t || own.length === 0) return [s];
      refresh.push(...own.map((o) => o.name));
      // rebuilt under the existing names, so nothing in them refers to the unused new name
      return own.map((o) => templateSheet(t, o.name, year));
    });
  }
  for (const s of plan.sheets) if (s.role === "template") sheetNames.push(s.name);
  return { plan, refresh, sheetNames };
}
