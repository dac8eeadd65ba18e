import { continuingRows } from "../cycle/continuingRows";
import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import type { Template } from "../templates/TemplateSchema";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/** How many rows of each kind the line names before it says 等. */
const NAMED = 5;

/**
 * rollover's words on a list's rows the next year still needs (continuingRows: projects built on past `year`, reforms
 * unfinished), when a one-year list cannot be rolled over to it: each named with its period and 累计完成投资, or its
 * state (roll_list_continuing; trial40c F13); undefined when there are none (an indicator table, or all done).
 */
export function continuingLine(grid: GridWorkbook, report: CheckReport, templates: readonly Template[], year: number, lang: Lang): string | undefined {
  const c = continuingRows(grid, report, templates, year);
  if (!c.projects.length && !c.reforms.length) return undefined;
  const en = lang === "en";
  const projects = c.projects.slice(0, NAMED).map((p) => (en
    ? `${p.name} (${p.period}, ${p.completed ? `${p.completed} 亿元 completed` : "累计完成投资 blank"})`
    : `${p.name}（${p.period}，${p.completed ? `累计完成投资 ${p.completed} 亿元` : "累计完成投资未填"}）`));
  const reforms = c.reforms.slice(0, NAMED).map((r) => (en ? `${r.name} (${r.state})` : `${r.name}（${r.state}）`));
  return cycleMessage("roll_list_continuing", {
    nProjects: c.projects.length, projects: projects.join(en ? "; " : "、"), shownProjects: projects.length,
    nReforms: c.reforms.length, reforms: reforms.join(en ? "; " : "、"), shownReforms: reforms.length,
  }, lang);
}
