import type { IndicatorSpec } from "./IndicatorSpec";
import { indicatorUnit } from "./indicatorUnit";
import { yearRule, type YearRule } from "./yearRule";

/**
 * Whether a year's rule reads the indicator's direction from the numbers alone, down: a point target
 * below its baseline that no template direction, operator, stated fall, name word or (yearly plan)
 * works word tells (evaluation-rules §3a rule 4, our reading: said for down only). The one home of the
 * condition: `check` warns with it (evaluateIndicator's direction_inferred, a plan note, isPlanIssue)
 * and the importer says it once, when the plan is set (rules/seriesDirection).
 */
export function directionInferred(rule: Pick<YearRule, "target" | "direction" | "directionBy">): boolean {
  return rule.target.kind === "point" && rule.directionBy === "series" && rule.direction === "down";
}

/**
 * The rules of the years a return of the plan can be checked in: baselineYear+1 … targetYear (a yearly
 * plan: its one year; years unknown, 0 and 0: the target year alone), each as yearRule gives it for the
 * unit the engine checks in (indicatorUnit). What the importer reads to say what every return's check
 * will say of the row.
 */
export function planYearRules(spec: IndicatorSpec): YearRule[] {
  const unit = indicatorUnit(spec);
  const first = Math.min(spec.baselineYear + 1, spec.targetYear);
  const rules: YearRule[] = [];
  for (let y = first; y <= spec.targetYear; y++) rules.push(yearRule(spec, y, unit));
  return rules;
}
