import type { CellValue } from "../domain/CellValue";
import { approxEq, ge } from "../domain/compare";
import { COPIED_YEAR } from "../domain/tolerances";
import type { Template } from "../templates/TemplateSchema";
import { a1 } from "./a1";
import { gridCell, type GridSheet } from "./Grid";
import { inKey } from "./keys";
import type { WorkbookProblemParams } from "./WorkbookProblem";

/** At most this many equal cells are named; every row is counted. */
const NAMED = 5;

/** What previous_year_copied says of one sheet, but the sheet's name. */
export type CopiedPreviousYear = Omit<WorkbookProblemParams["previous_year_copied"], "sheet">;

/** Two numbers a person would see as the same: equal within the rules' tolerance, in the same style (95% is not 0.95). */
function same(a: CellValue & { type: "number" }, b: CellValue & { type: "number" }): boolean {
  return approxEq(a.value, b.value) && (a.percentStyle === true) === (b.percentStyle === true);
}

const isNumber = (v: CellValue): v is CellValue & { type: "number" } => v.type === "number" && Number.isFinite(v.value);

/**
 * Whether an indicator sheet's values for `year` look copied from an earlier year as a block (evaluation-rules
 * §8h, our reading; thresholds COPIED_YEAR in src/domain/tolerances.ts): of the template's rows (found by
 * id, `rowsById`) that hold a number in both years' input columns (`keys`: in:YYYY), at least
 * COPIED_YEAR.minRows, at least COPIED_YEAR.share are equal (approxEq). The year before is tried first, then
 * each earlier one with an input column, nearest first (trial33: a county's 2023 column was its 2021 one, the
 * 2022 values between them differing, and nothing was said); the first that looks copied is `previous`.
 * `count`: those rows, `equal`: the equal ones, `cells`: the first of the equal rows' `year` cells (at most 5,
 * A1, in sheet order, one per line). Null otherwise: a project or reform list, a year without a column before
 * it (the plan's first year: its baseline is the plan's own), too few rows, or too few equal. Pure.
 */
export function copiedPreviousYear(s: GridSheet, t: Template, keys: ReadonlyMap<string, number>, rowsById: ReadonlyMap<string, number>, year: number): CopiedPreviousYear | null {
  if (t.kind !== "indicators") return null;
  const now = keys.get(inKey(year));
  if (now === undefined) return null;
  for (let previous = year - 1; keys.has(inKey(previous)); previous--) {
    const copied = copiedFrom(s, t, rowsById, now, keys.get(inKey(previous)) ?? -1);
    if (copied) return { year, previous, equal: copied.length, count: copied.count, cells: copied.sort((a, b) => a - b).slice(0, NAMED).map((r) => a1(r, now)).join("\n") };
  }
  return null;
}

/** The rows whose `now` column equals the `before` column, with `count` the rows with a number in both; null when too few. */
function copiedFrom(s: GridSheet, t: Extract<Template, { kind: "indicators" }>, rowsById: ReadonlyMap<string, number>, now: number, before: number): (number[] & { count: number }) | null {
  let count = 0;
  const equal: number[] = [];
  // one pass in the template's order (a province's 5,000 rows); only a sheet told has its equal rows sorted
  for (const d of t.indicators) {
    const r = rowsById.get(d.id);
    if (r === undefined) continue;
    const v = gridCell(s, r, now), p = gridCell(s, r, before);
    if (!isNumber(v) || !isNumber(p)) continue;
    count++;
    if (same(v, p)) equal.push(r);
  }
  if (count < COPIED_YEAR.minRows || !ge(equal.length / count, COPIED_YEAR.share)) return null;
  return Object.assign(equal, { count });
}
