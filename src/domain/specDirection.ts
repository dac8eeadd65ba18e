import type { IndicatorSpec } from "./IndicatorSpec";
import { indicatorDirection, type DecidedDirection } from "./indicatorDirection";

/**
 * indicatorDirection(spec, pct), decided once per spec object and unit kind (`pct`: a `%` row): the
 * same for every year of a spec and for every return of its template (issue 19), so yearRule and
 * planFigures (specPlan) share one reading instead of parsing the name's and note's words each.
 * A spec is never changed once made (indicatorSpec); the result is shared, so read-only.
 */
export function specDirection(spec: IndicatorSpec, pct: boolean): DecidedDirection {
  let known = DIRECTIONS.get(spec);
  if (!known) DIRECTIONS.set(spec, (known = {}));
  const key = pct ? "pct" : "plain";
  return (known[key] ??= indicatorDirection(spec, pct));
}

/** Directions already decided, by spec and unit kind. */
const DIRECTIONS = new WeakMap<IndicatorSpec, { pct?: DecidedDirection; plain?: DecidedDirection }>();
