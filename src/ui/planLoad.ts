import { buildWorkbookPlan, templateSheet } from "../sheet/buildWorkbookPlan";
import type { WorkbookPlan } from "../sheet/SheetPlan";
import type { Template } from "../templates/TemplateSchema";
import type { ExistingSheet } from "./OfficeActions";

/** What to do with a template whose sheet is already in the workbook. */
export type ConflictChoice = "refresh" | "copy" | "cancel";

/** Existing sheets carrying the mark of one of the templates to load. */
export function findConflicts(templates: readonly Template[], existing: readonly ExistingSheet[]): ExistingSheet[] {
  const ids = new Set(templates.map((t) => t.id));
  return existing.filter((s) => s.templateId !== null && ids.has(s.templateId));
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
 * name (never one already taken). With "refresh", a template whose sheet exists targets that
 * sheet by its current name (renamed sheets included) and the host keeps its values.
 */
export function planLoad(templates: Template[], year: number, existing: readonly ExistingSheet[], choice: Exclude<ConflictChoice, "cancel">): LoadPlan {
  const taken = new Set(existing.map((s) => s.name));
  const plan = buildWorkbookPlan(templates, { year, taken });
  const refresh: string[] = [];
  const sheetNames: string[] = [];
  if (choice === "refresh") {
    let k = 0;
    plan.sheets = plan.sheets.map((s) => {
      if (s.role !== "template") return s;
      const t = templates[k++];
      const own = t && existing.find((e) => e.templateId === t.id);
      if (!t || !own) return s;
      refresh.push(own.name);
      // rebuilt under the existing name, so nothing in it refers to the unused new name
      return templateSheet(t, own.name, year);
    });
  }
  for (const s of plan.sheets) if (s.role === "template") sheetNames.push(s.name);
  return { plan, refresh, sheetNames };
}
