import type { UnusableReference } from "../cycle/unusableReferences";
import { describeIssue } from "../domain/describeIssue";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The lines that name the emptied 累计完成投资 cells whose earlier figure was no usable amount (unusableReferences:
 * 2024.6 a date, 85% a share; trial40f F5), in `lang`: rolled_references_unusable's head (how many, the old year
 * `from`, the new `year`), then the first `named` (20, as rollover's other lists) as rolled_invalid_value (sheet!cell,
 * name, year, check's own words of the problem), then how many more (rolled_ahead_more). [] when there are none.
 * One home for `rollover` and the pane's roll dialog and result line, as rolledInvalidLines is for carried values.
 */
export function unusableReferencesLines(unusable: readonly UnusableReference[], from: number, year: number, lang: Lang, named = 20): string[] {
  if (!unusable.length) return [];
  return [
    cycleMessage("rolled_references_unusable", { n: unusable.length, from, year }, lang),
    ...unusable.slice(0, named).map((x) => cycleMessage("rolled_invalid_value", { sheet: x.sheet, cell: x.cell, name: x.name, year: x.year, why: describeIssue(x.issue, lang) }, lang)),
    ...(unusable.length > named ? [cycleMessage("rolled_ahead_more", { n: unusable.length - named }, lang)] : []),
  ];
}
