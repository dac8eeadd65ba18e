import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The line that says a change of year left the cells of YEAR_FIGURE_KEYS (a project's 累计完成投资) blank, last
 * year's figure kept for reference (sheet/carriedReference): `refs`, the reference of each cell emptied (`text`) and
 * whether last year's figure was no amount (`unusable`, unusableReferences); the first usable one is quoted in Chinese
 * (a 「2024.6」未被采用 only where none is: trial40f F5 quoted 「2024.6 亿元」), `from` the old year, `year` the new one,
 * `place` where the reference went: `comment`, the cell's 批注 (`rollover`'s new file), `prompt`, the cell's
 * data-validation input prompt (the pane's roll-over: a comment needs ExcelApi 1.10, the pane's floor is 1.8). Null when
 * none was emptied. One home for `rollover` and the pane's result line; unusableReferencesLines lists the unusable ones.
 */
export function rolledReferencesLine(refs: readonly { text: string; unusable?: unknown }[], from: number, year: number, place: "comment" | "prompt", lang: Lang): string | null {
  if (!refs.length) return null;
  const sample = (refs.find((r) => r.unusable === undefined) ?? refs[0])?.text ?? "";
  return cycleMessage("rolled_references", { n: refs.length, from, year, place, sample }, lang);
}
