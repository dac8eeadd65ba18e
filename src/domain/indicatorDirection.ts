import type { Direction, DirectionSource } from "./Direction";
import { directionFromName, statedFall, statedRise, worksWord } from "./directionWords";
import type { IndicatorSpec } from "./IndicatorSpec";
import { isYearlyPlan } from "./isYearlyPlan";
import { operatorDirection } from "./operatorWords";
import { parseTarget } from "./parseTarget";
import type { Target } from "./Target";
import { targetValue } from "./Target";
import { isChangeName } from "./unitBounds";

export interface DecidedDirection {
  /** null only where nothing numeric is asked (a qualitative or absent target, no name word) */
  direction: Direction | null;
  by: DirectionSource | null;
  /** the name word that decided (rule 3), or the note's part that states the fall (rule 2a), for the explanation */
  word?: string;
}

/** The targets as written, the final one first, then the yearly ones from the last year back. */
function writtenTargets(spec: IndicatorSpec, pct: boolean): Target[] {
  const years = Object.keys(spec.yearlyTargets ?? {}).map(Number).sort((a, b) => b - a);
  return [parseTarget(spec.target, pct), ...years.map((y) => parseTarget(spec.yearlyTargets?.[String(y)], pct))];
}

/** The last numeric target (the final one, else the latest yearly one): the end of the series. */
export function seriesEnd(spec: IndicatorSpec, pct: boolean): number | null {
  for (const t of writtenTargets(spec, pct)) {
    const v = targetValue(t);
    if (v !== null) return v;
  }
  return null;
}

function baselineValue(spec: IndicatorSpec, pct: boolean): number | null {
  const b = parseTarget(spec.baseline, pct);
  return b.kind === "cumulative" ? null : targetValue(b);
}

/**
 * An indicator's direction, decided as evaluation-rules.md §3a orders it: the template's own
 * `direction`; the written operator (≥ > 以上 → up, ≤ < 以下 以内 → down; a 〔〕 total counts
 * up, by "cumulative"); the plan's stated fall in the row's note (rule 2a, our reading: `累计：〔-0.7〕`, `调减0.7`,
 * statedFall; not for a name that says a change, nor where the target is above the baseline) → down,
 * by "change", and its stated rise (`调增`, statedRise; not where the target is below the baseline) → up, by "change"; the name's words (directionWords); in a yearly plan a works volume (建设, 新建,
 * 修复…: worksWord, our reading) → up; the series (the last target against the baseline:
 * above → up, below → down, equal → keep). Without a baseline or a numeric target nothing
 * can be read from the series: a numeric target then counts up ("default").
 * An up indicator whose point target is below its baseline is keep (hold at least the target).
 */
export function indicatorDirection(spec: IndicatorSpec, pct: boolean): DecidedDirection {
  const decided = decide(spec, pct);
  if (decided.direction !== "up") return decided;
  const finalTarget = writtenTargets(spec, pct).find((t) => targetValue(t) !== null);
  const bv = baselineValue(spec, pct);
  if (finalTarget?.kind === "point" && bv !== null && finalTarget.value < bv) return { ...decided, direction: "keep" };
  return decided;
}

function decide(spec: IndicatorSpec, pct: boolean): DecidedDirection {
  if (spec.direction) return { direction: spec.direction, by: "template" };
  for (const t of writtenTargets(spec, pct)) {
    if (t.kind === "floor") return { direction: "up", by: "operator" };
    if (t.kind === "cumulative") return { direction: "up", by: "cumulative" };
    if (t.kind === "ceiling") return { direction: operatorDirection(t.strict ? "<" : "<="), by: "operator" };
  }
  const end = seriesEnd(spec, pct);
  const bv = baselineValue(spec, pct);
  // the plan's own 〔-0.7〕 or 调减 (rule 2a): a cut it states, unless its numbers say a rise; a rate's own change says nothing of its direction
  const fall = isChangeName(spec.name) || (end !== null && bv !== null && end > bv) ? null : statedFall(spec.note);
  // shown as "按规划所列变化：累计 〔-0.7〕": the note's label and value, without a second colon
  if (fall !== null) return { direction: "down", by: "change", word: fall.replace(/\s*[:：]\s*/, " ") };
  // its 调增 (rule 2a's other side): a rise it states, unless its numbers say a fall
  const rise = isChangeName(spec.name) || (end !== null && bv !== null && end < bv) ? null : statedRise(spec.note);
  if (rise !== null) return { direction: "up", by: "change", word: rise };
  const named = directionFromName(spec.name);
  if (named) return { direction: named.direction, by: "name", word: named.word };
  // a yearly plan's baseline is last year's amount done: a smaller works programme is this year's floor
  const works = isYearlyPlan(spec.baselineYear, spec.targetYear) ? worksWord(spec.name) : null;
  if (works !== null) return { direction: "up", by: "name", word: works };
  if (end === null) return { direction: null, by: null };
  if (bv === null) return { direction: "up", by: "default" };
  return { direction: end > bv ? "up" : end < bv ? "down" : "keep", by: "series" };
}
