import { directionInferred, planYearRules } from "../../domain/directionInferred";
import { indicatorDirection, seriesEnd } from "../../domain/indicatorDirection";
import type { IndicatorSpec } from "../../domain/IndicatorSpec";
import { indicatorUnit } from "../../domain/indicatorUnit";
import { riseAtEnd } from "../../domain/directionWords";
import type { ColumnRule } from "../ColumnRule";
import { draftSpec } from "../draftSpec";
import type { UnreadParams } from "../unreadMessages";

/**
 * A row whose direction the engine reads down from what the plan writes beside the numbers, or from
 * the numbers alone, said here, where the plan is set, with the value it comes to:
 * - the plan's stated fall (evaluation-rules §3a rule 2a, our reading: the note's `累计：〔-0.7〕`, `调减…`):
 *   `direction-from-change`, naming the part that set it;
 * - no operator, stated fall or name word (rule 4): `direction-from-series`, exactly where every return's
 *   `check` will warn (direction_inferred, the one condition directionInferred), so the two never differ
 *   (a trial's 耕地保有量 255 → 250 was 滞后 at 252 in every county).
 * Decided by the engine's own indicatorDirection on the row as the template will hold it: its note
 * (cumulativeNote, noteColumn run before) and the header's years (a yearly plan reads works words up).
 * Only years whose target is a point are judged by direction: a 左右 target by its distance, words by a person.
 * A name ending in a rise word whose target is below the baseline (read keep) is said too: `direction-name-keep`.
 */
export const seriesDirection: ColumnRule = (d) => {
  const spec = draftSpec(d);
  const line = directionLine(spec);
  if (line?.code === "direction-from-change") d.report(line.code, line.params);
  else if (line?.code === "direction-from-series") d.report(line.code, line.params);
  const pct = indicatorUnit(spec).unitClass === "percent";
  const decided = indicatorDirection(spec, pct);
  // a name's rise word at its end against the plan's own fall (人口自然增长率 3.1 → 2.5): read 保持 ≥2.5, said (trial40b
  // F17); a stock or capacity word (耕地保有量 45.2 → 45) is a floor to hold by design (§3a), not said
  if (decided.by === "name" && decided.direction === "keep" && decided.word !== undefined && riseAtEnd(spec.name) === decided.word) d.report("direction-name-keep", { word: decided.word ?? "", baseline: spec.baseline, target: String(seriesEnd(spec, pct) ?? spec.target) });
};

/**
 * Whether the engine reads `spec` up from its numbers alone (a target above the baseline, no operator, stated
 * change or name word: §3a rule 4), which no return's check warns of; buildIndicators lists such rows in one
 * line (`direction-series-up`) so a plan that means otherwise can be set (trial40b F17).
 */
export function guessedUp(spec: IndicatorSpec): boolean {
  const pct = indicatorUnit(spec).unitClass === "percent";
  const decided = indicatorDirection(spec, pct);
  return decided.by === "series" && decided.direction === "up" && planYearRules(spec).some((r) => r.target.kind === "point");
}

/** What seriesDirection says of a row as the engine will see it (`spec`, as templates/indicatorSpec makes it), or null. */
export type DirectionLine =
  | { code: "direction-from-change"; params: UnreadParams["direction-from-change"] }
  | { code: "direction-from-series"; params: UnreadParams["direction-from-series"] };

/** The line seriesDirection says of `spec` (see there), or null: said exactly where check's direction_inferred is, for the series. */
export function directionLine(spec: IndicatorSpec): DirectionLine | null {
  const rules = planYearRules(spec);
  const pct = indicatorUnit(spec).unitClass === "percent";
  const decided = indicatorDirection(spec, pct);
  const target = String(seriesEnd(spec, pct) ?? spec.target ?? "");
  if (decided.by === "change" && decided.direction === "down" && rules.some((r) => r.target.kind === "point")) {
    return { code: "direction-from-change", params: { change: decided.word ?? "", target } };
  }
  if (rules.some(directionInferred)) return { code: "direction-from-series", params: { baseline: spec.baseline, target } };
  return null;
}
