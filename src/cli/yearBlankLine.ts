import type { ReturnBlank } from "../cycle/UnitFacts";
import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/** A return of lists only: "projects", "reforms" or "both" by the rows it holds; "" when it holds indicators (or nothing). */
function listRows(items: CheckReport["items"]): "projects" | "reforms" | "both" | "" {
  if (!items.length || items.some((i) => i.kind === "indicator")) return "";
  const projects = items.some((i) => i.kind === "project"), reforms = items.some((i) => i.kind === "reform");
  return projects && reforms ? "both" : projects ? "projects" : "reforms";
}

/** How many cells check_figures_blank names before 等 N 格. */
const FIGURES_NAMED = 10;

/**
 * The line that says a return holds nothing for its year (`blank`, cycle/blankOf: 收到空表 "file", 本年度未填 "year"),
 * that summary counts it 未报 and that its rows are all 未填报 (check_year_blank), in words for the filler and the
 * manager alike; a list has no earlier years' columns, so its 本年度未填 names what is typed each year (a project's
 * 累计完成投资, a reform's 进展). Null when `blank` is null. One home for `check` (under its title) and the pane's 校验
 * result line (trial40f F6: the pane said only 「3 项未填报」 on a rolled-over project list). Where the return holds a
 * figure, the list rows that still ask for theirs (`figures`, cycle/figuresWanted: a rolled list partly filled) are named
 * by cell (check_figures_blank); null when there are none.
 */
export function yearBlankLine(r: Pick<CheckReport, "items" | "year">, blank: ReturnBlank | null | undefined, lang: Lang, figures: ReadonlyMap<CheckItem, string> = new Map()): string | null {
  if (blank) return cycleMessage("check_year_blank", { blank, year: r.year, list: listRows(r.items) }, lang);
  if (figures.size === 0) return null;
  // a list partly filled: the rows still asking for their figure (figuresWanted), the first FIGURES_NAMED of them by cell
  const rows = [...figures.entries()];
  const projects = rows.filter(([i]) => i.kind === "project").length;
  const cells = rows.slice(0, FIGURES_NAMED).map(([, cell]) => cell).join("\n");
  return cycleMessage("check_figures_blank", { year: r.year, projects, reforms: rows.length - projects, n: rows.length, cells }, lang);
}
