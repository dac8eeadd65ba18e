import type { CheckReport } from "../sheet/CheckReport";
import { readYear } from "../sheet/checkGrid";
import type { GridWorkbook } from "../sheet/Grid";

/**
 * Why a return cannot be the earlier version `newer` replaces (review --replaces, the pane's
 * 带入上一版的审核结论): `year`, a return of another reporting year (`oldYear`, `year`); `plan`, one on
 * another plan, sharing no template with it (`oldTitle`, `newTitle`: the plans' titles, 」「-joined);
 * `unit`, another 填报单位 (`oldUnit`, `unit`, as the covers give them). Coded; the CLI words it with
 * resubmissionMessage (replaces_*), the pane with its catalogue.
 */
export type ReplacedVersionProblem =
  | { code: "year"; oldYear: number; year: number }
  | { code: "plan"; oldTitle: string; newTitle: string }
  | { code: "unit"; oldUnit: string; unit: string };

/** A return as read and checked: its grid (for the year its cover says) and check's report (none: its check refused it, so only its year is told). */
export interface CheckedReturn { grid: GridWorkbook; report?: Pick<CheckReport, "year" | "reportingUnit" | "templates"> }

/**
 * The one rule on which file may stand as the version a resubmission replaces: of the same year
 * (the old cover's year; a cover without one is taken as the new return's), on the same plan (a
 * template id in common, as `diff` pairs two versions) and of the same unit (the covers' 填报单位,
 * trimmed; a cover left blank is not told apart). Null when `older` may be that version. Checked in
 * this order, so a return of last year's plan is said to be of another year first.
 */
export function replacedVersionProblem(older: CheckedReturn, newer: Required<CheckedReturn>): ReplacedVersionProblem | null {
  const oldYear = readYear(older.grid);
  const year = readYear(newer.grid) ?? newer.report.year;
  if (oldYear !== null && oldYear !== year) return { code: "year", oldYear, year };
  const old = older.report;
  if (!old) return null;
  const ids = new Set(newer.report.templates.map((t) => t.id));
  if (!old.templates.some((t) => ids.has(t.id))) {
    const titles = (r: Pick<CheckReport, "templates">): string => r.templates.map((t) => t.title).join("」「");
    return { code: "plan", oldTitle: titles(old), newTitle: titles(newer.report) };
  }
  const [oldUnit, unit] = [old.reportingUnit.trim(), newer.report.reportingUnit.trim()];
  if (oldUnit !== "" && unit !== "" && oldUnit !== unit) return { code: "unit", oldUnit, unit };
  return null;
}
