import { ge, gt, le, lt } from "./compare";
import type { IndicatorSpec } from "./IndicatorSpec";
import { parseTarget } from "./parseTarget";
import type { Target } from "./Target";
import { targetValue } from "./Target";
import type { Unit } from "./Unit";
import type { Direction, DirectionSource } from "./Direction";
import { specDirection } from "./specDirection";

/**
 * The target that applies in `year`, whether it is the year's own target, and `for`, the year it is the target of:
 * `year` itself, a later milestone, or the plan's target year. A year without its own target is judged against the
 * nearest later yearly target the plan sets (a milestone: a 2021–2035 plan's 2025 column), on the 序时进度 from the
 * baseline to that year, and after the last one against the final target (§3 yearly targets, our reading, trial47b F3:
 * 2023 was judged against 2035 with s = 0.2, its 2025 milestone unread). A milestone the plan leaves `—` is passed over.
 */
export function targetForYear(spec: IndicatorSpec, year: number): { text: string; yearly: boolean; for: number } {
  const yt = spec.yearlyTargets;
  if (yt && Object.keys(yt).length > 0) {
    const own = yt[String(year)];
    if (own !== undefined) return { text: own, yearly: true, for: year };
    const years = Object.keys(yt).map(Number).sort((a, b) => a - b);
    const milestone = years.find((y) => y > year && y < spec.targetYear && parseTarget(yt[String(y)] ?? "", false).kind !== "none");
    if (milestone !== undefined) return { text: yt[String(milestone)] ?? "", yearly: false, for: milestone };
    const last = years[years.length - 1];
    return { text: spec.target ?? yt[String(last)] ?? "", yearly: false, for: spec.targetYear };
  }
  return { text: spec.target ?? "", yearly: false, for: spec.targetYear };
}

/** Whether `a` meets the target `t`; a point target is read with its direction (§3a: up and keep ≥, down ≤). */
export function satisfies(a: number, t: Target, dir: Direction | null): boolean {
  switch (t.kind) {
    case "floor": return t.strict ? gt(a, t.value) : ge(a, t.value);
    case "ceiling": return t.strict ? lt(a, t.value) : le(a, t.value);
    case "point": return dir === "down" ? le(a, t.value) : ge(a, t.value);
    case "cumulative": return ge(a, t.value);
    default: return false;
  }
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** How an indicator is judged in one year: everything but the actual. */
export interface YearRule {
  target: Target;
  /** the target text as written for that year */
  text: string;
  /** the year has its own target (s = 1, no on-track tier) */
  yearly: boolean;
  /** the year the target is for: the year itself (yearly), a later milestone, or the plan's target year (targetForYear) */
  for: number;
  /** the indicator's direction (§3a) and the rule that decided it */
  direction: Direction | null;
  directionBy: DirectionSource | null;
  /** the baseline value progress is measured from (null: none, or a cumulative baseline) */
  baseline: number | null;
  /** s, the elapsed share */
  share: number;
  /** a trajectory exists: the baseline is a number, does not already satisfy, and differs from the target */
  trajectory: boolean;
}

/**
 * The rule for `year`, shared by the engine and the sheet plan (whose formulas take these
 * as per-row constants), so both read a plan's words the same way.
 */
export function yearRule(spec: IndicatorSpec, year: number, unit: Unit): YearRule {
  // a spec's rule for a year is the same for every return of its template: made once per spec
  // object (indicatorSpec gives one per template row), year and unit kind (issue 19)
  const pct = unit.unitClass === "percent";
  let byYear = RULES.get(spec);
  if (!byYear) RULES.set(spec, (byYear = new Map()));
  const key = pct ? -year : year;
  let rule = byYear.get(key);
  if (!rule) byYear.set(key, (rule = ruleFor(spec, year, pct)));
  return rule;
}

/** Rules already made, by spec and (signed by the unit kind) year; shared, so read-only. */
const RULES = new WeakMap<IndicatorSpec, Map<number, YearRule>>();

function ruleFor(spec: IndicatorSpec, year: number, pct: boolean): YearRule {
  const applied = targetForYear(spec, year);
  const target = parseTarget(applied.text, pct);
  const baseTarget = parseTarget(spec.baseline, pct);
  const baseline = baseTarget.kind === "cumulative" ? null : targetValue(baseTarget);
  const decided = specDirection(spec, pct);
  const direction = decided.direction;
  // s runs from the baseline to the year the target is for: the plan's target year, or a milestone before it
  const share = applied.yearly ? 1 : clamp01((year - spec.baselineYear) / (applied.for - spec.baselineYear));
  const tv = targetValue(target);
  const trajectory = target.kind === "cumulative"
    ? tv !== null && tv !== 0
    : baseline !== null && tv !== null && tv !== baseline && !satisfies(baseline, target, direction);
  return { target, text: applied.text, yearly: applied.yearly, for: applied.for, direction, directionBy: decided.by, baseline, share, trajectory };
}
