import type { ValuesOf } from "../cycle/sameValueGroups";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * One line per group of returns alike in every value (sameValueGroups): the units and their files in the group's
 * order, how many, and that all were summed (`task` summary) or evaluated (report); same_values_units in `lang`.
 */
export function sameValuesLines(groups: readonly ValuesOf[][], task: "summary" | "report", lang: Lang): string[] {
  return groups.map((g) => cycleMessage("same_values_units", { units: g.map((x) => x.unit).join("、"), files: g.map((x) => x.file).join("、"), n: g.length, task }, lang));
}
