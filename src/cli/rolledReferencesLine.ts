import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The line that says a change of year left the cells of YEAR_FIGURE_KEYS (a project's 累计完成投资) blank, last
 * year's figure kept for reference (sheet/carriedReference): `texts`, the reference of each cell emptied (the first
 * quoted in Chinese), `from` the old year, `year` the new one, `place` where the reference went: `comment`, the cell's
 * 批注 (`rollover`'s new file), `prompt`, the cell's data-validation input prompt (the pane's roll-over: a comment needs
 * ExcelApi 1.10, the pane's floor is 1.8). Null when none was emptied. One home for `rollover` and the pane's result line.
 */
export function rolledReferencesLine(texts: readonly string[], from: number, year: number, place: "comment" | "prompt", lang: Lang): string | null {
  if (!texts.length) return null;
  return cycleMessage("rolled_references", { n: texts.length, from, year, place, sample: texts[0] ?? "" }, lang);
}
