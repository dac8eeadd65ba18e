import type { Direction } from "./Direction";
import { specDirection } from "./specDirection";
import type { IndicatorSpec } from "./IndicatorSpec";
import { planBaseline } from "./planBaseline";
import { planNumbers } from "./planNumbers";
import type { Unit } from "./Unit";

/**
 * The plan's own figures for a row that decide what its values may be (unitBounds, evaluation-rules §2 our
 * readings): a plan's number is never out of its own row's range.
 */
export interface PlanFigures {
  /** the baseline and targets as numbers (planNumbers) */
  numbers: readonly number[];
  /** the baseline as a number (planBaseline); null: none, or words */
  baseline: number | null;
  /** the direction §3a reads for the row (indicatorDirection, once per spec: specDirection); null: none */
  direction: Direction | null;
}

/** No plan in view: a unit's own range. */
export const NO_PLAN: PlanFigures = { numbers: [], baseline: null, direction: null };

/** The figures of an indicator's plan, `unit` its unit as the engine reads it (specUnit, indicatorUnit). */
export function planFigures(spec: IndicatorSpec, unit: Unit): PlanFigures {
  return { numbers: planNumbers(spec, unit), baseline: planBaseline(spec, unit), direction: specDirection(spec, unit.unitClass === "percent").direction };
}
