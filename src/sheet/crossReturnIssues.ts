import { PER_CAPITA } from "../domain/checkActual";
import type { CellValue } from "../domain/CellValue";
import { approxEq, gt } from "../domain/compare";
import { describeIssue } from "../domain/describeIssue";
import { explainWarnings } from "../domain/explainWarnings";
import type { Issue } from "../domain/Issue";
import { ADDITIVE_UNIT_CLASSES } from "../domain/tolerances";
import { classifyUnit } from "../domain/Unit";
import { columnNumber } from "./a1";
import type { CheckItem, CheckReport } from "./CheckReport";
import { gridCell, type GridWorkbook } from "./Grid";
import { rowsAcrossReturns, type RowsAcrossReturns } from "./rowsAcrossReturns";
import { workbookProblem, type WorkbookProblem } from "./WorkbookProblem";

/** A checked return with the grid it was read from. */
export interface CheckedReturn { report: CheckReport; grid: GridWorkbook }

/** A plain number in a cell (a percent style or anything else is its own §2 problem, not compared here). */
function numberAt(g: GridWorkbook, sheet: string, ref: string | undefined): number | null {
  const s = g.sheets.find((x) => x.name === sheet);
  const m = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
  if (!s || !m?.[1] || !m[2]) return null;
  const v: CellValue = gridCell(s, Number(m[2]), columnNumber(m[1]));
  return v.type === "number" && !v.percentStyle && Number.isFinite(v.value) ? v.value : null;
}

/** §8c: counts and amounts add up over counties; rates (人/亿元), % and per-capita values do not. */
function additive(item: CheckItem): boolean {
  return ADDITIVE_UNIT_CLASSES.includes(classifyUnit(item.unit)) && !item.unit.includes("/") && !PER_CAPITA.test(item.name);
}

/**
 * The checks that need a second return (the project's evaluation-rules §8b, §8c), matched by
 * template and row id, never by position; where the other return carries another version of a
 * template (amended mid-term: its rows differ), by what the rows are (rowsAcrossReturns), with one
 * `other_version_compared` problem saying so and one `row_not_compared` for each row either side lacks; where it
 * shares no template (another plan), one `nothing_compared` problem:
 * - `previous` (last year's return of the same unit): each year before this one whose value
 *   differs from the one sent last year is a `value_revised` warning on this year's file;
 * - `city` (the city's own return): this year's value of an additive row (counts, amounts) above
 *   the city's is an `above_city` warning.
 * A row's 说明 keeps either as a noted warning (explainWarnings). Returns a new report.
 */
export function crossReturnIssues(current: CheckedReturn, against: { previous?: CheckedReturn; city?: CheckedReturn }): CheckReport {
  const { report, grid } = current;
  const across = new Map<CheckedReturn, RowsAcrossReturns>();
  for (const r of [against.previous, against.city]) if (r) across.set(r, rowsAcrossReturns(r.report, report));
  const find = (r: CheckedReturn, item: CheckItem): CheckItem | undefined => {
    const id = across.get(r)?.olderId(item.template, item.id);
    return id === undefined ? undefined : r.report.items.find((x) => x.kind === "indicator" && x.template === item.template && x.id === id);
  };
  const problems: WorkbookProblem[] = [];
  for (const [which, r] of [["previous", against.previous], ["city", against.city]] as const) {
    if (!r) continue;
    // another plan altogether (last period's return beside the new period's): said once, since no row can be compared
    if (!r.report.templates.some((t) => report.templates.some((o) => o.id === t.id))) {
      const titles = (x: CheckReport): string => x.templates.map((t) => t.title).join("」、「");
      problems.push(workbookProblem("nothing_compared", { against: which, year: r.report.year, title: titles(r.report), own: titles(report) }));
      continue;
    }
    for (const d of across.get(r)?.differ ?? []) {
      const year = r.report.year;
      const renamed = d.rows.pairs.filter((p) => p.renamed).map((p) => `${d.older.get(p.older)?.name ?? p.older}\t${d.newer.get(p.newer)?.name ?? p.newer}`).join("\n");
      problems.push(workbookProblem("other_version_compared", { against: which, year, id: d.template, title: d.title, renamed }));
      for (const id of d.rows.added) problems.push(workbookProblem("row_not_compared", { against: which, year, id, name: d.newer.get(id)?.name ?? id, side: "added" }));
      for (const id of d.rows.dropped) problems.push(workbookProblem("row_not_compared", { against: which, year, id, name: d.older.get(id)?.name ?? id, side: "dropped" }));
    }
  }
  const items = report.items.map((item) => {
    if (item.kind !== "indicator") return item;
    const found: Issue[] = [];
    const prev = against.previous && find(against.previous, item);
    if (against.previous && prev) {
      for (const [y, ref] of Object.entries(item.cells)) {
        if (Number(y) >= report.year || Number(y) > against.previous.report.year) continue;
        const now = numberAt(grid, item.sheet, ref);
        const then = numberAt(against.previous.grid, prev.sheet, prev.cells[y]);
        if (now === null || then === null || approxEq(now, then)) continue;
        found.push({ code: "value_revised", severity: "warning", sheet: item.sheet, cell: ref, received: String(now), params: { year: Number(y), previous: then } });
      }
    }
    const city = against.city && find(against.city, item);
    const y = String(report.year);
    if (against.city && city && additive(item)) {
      const now = numberAt(grid, item.sheet, item.cells[y]);
      const total = numberAt(against.city.grid, city.sheet, city.cells[y]);
      if (now !== null && total !== null && gt(now, total)) {
        const i: Issue = { code: "above_city", severity: "warning", sheet: item.sheet, received: String(now), params: { year: report.year, city: total } };
        const ref = item.cells[y];
        if (ref) i.cell = ref;
        found.push(i);
      }
    }
    if (!found.length) return item;
    const added = explainWarnings(found, item.note ?? "").map((i) => ({ ...i, message: describeIssue(i, "zh"), messageEn: describeIssue(i, "en") }));
    return { ...item, issues: [...item.issues, ...added] };
  });
  return { ...report, items, ...(problems.length ? { problems: [...report.problems, ...problems] } : {}) };
}
