import type { IndicatorSpec } from "../domain/IndicatorSpec";
import { planFigures, type PlanFigures } from "../domain/PlanFigures";
import type { Unit } from "../domain/Unit";
import { specUnit } from "./indicatorParams";

/** What a template row's values are read against, before any return: its unit and its plan's figures. */
export interface SpecPlan {
  /** the engine's unit for the row (specUnit) */
  unit: Unit;
  /** planFigures(spec, unit): the plan's numbers, baseline and direction (§2's range, §3a, §8f) */
  plan: PlanFigures;
}

/**
 * A spec's unit and PlanFigures, made once per spec object (indicatorSpec gives one per template row, and the
 * template is read once per run: checkGrid's readMeta), so 1,000 county returns of one template read each row's
 * direction from its name and operator once, not once per return (issue 19). A spec of another template, or of
 * the same id with other content, is another object and gets its own. Shared: callers never change it.
 */
export function specPlan(spec: IndicatorSpec): SpecPlan {
  let made = MADE.get(spec);
  if (!made) {
    const unit = specUnit(spec);
    MADE.set(spec, (made = { unit, plan: planFigures(spec, unit) }));
  }
  return made;
}

const MADE = new WeakMap<IndicatorSpec, SpecPlan>();
