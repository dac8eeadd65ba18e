import type { CarriedInvalidValue } from "../cycle/carriedInvalid";
import { describeIssue } from "../domain/describeIssue";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The lines that name the carried values the new year's check calls unusable (carriedInvalid), in `lang`:
 * rolled_invalid's head (from the return of year `from`, how many, how many still errors), then the first
 * `named` (20, as rollover's other lists) as rolled_invalid_value (sheet!cell, name, year, check's own words of the problem), then how many
 * more (rolled_ahead_more). [] when there are none. One home for `rollover` and the pane's roll dialog. The head says
 * what the target year's evaluation does with them (`final`) where check marks them so (earlier_year_invalid's params.final).
 */
export function rolledInvalidLines(invalid: readonly CarriedInvalidValue[], from: number, lang: Lang, named = 20): string[] {
  if (!invalid.length) return [];
  const errors = invalid.filter((x) => x.issue.severity === "error").length;
  const final = invalid.some((x) => x.issue.params?.["final"] !== undefined) ? { final: 1 } : {};
  return [
    cycleMessage("rolled_invalid", { from, n: invalid.length, errors, ...final }, lang),
    ...invalid.slice(0, named).map((x) => cycleMessage("rolled_invalid_value", { sheet: x.sheet, cell: x.cell, name: x.name, year: x.year, why: describeIssue(x.issue, lang) }, lang)),
    ...(invalid.length > named ? [cycleMessage("rolled_ahead_more", { n: invalid.length - named }, lang)] : []),
  ];
}
