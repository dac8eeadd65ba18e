import type { CheckItem } from "../../sheet/CheckReport";
import { valueCell } from "../../sheet/valueCell";
import { flagFacts } from "./flagFacts";
import { flagCell } from "./sortFlags";
import type { Lang } from "./i18n";

/**
 * A pane flag's facts line, `K7 · 填报值：15 年 · 目标：16 · 进度 16.7% / 序时进度 60.0%`: the cell named is
 * the one holding the value shown (valueCell, as `check` names it), not the cell a click selects
 * (flagCell: the first problem on an input, I7 for a 2021 value that cannot be used, whose own line
 * under the facts names it). A row with no cell of its own (deleted from the return) names flagCell's A1.
 */
export function flagFactsLine(item: CheckItem, year: number, lang: Lang): string {
  return [valueCell(item, year) || flagCell(item, year), ...flagFacts(item, lang)].join(" · ");
}
