import { farFromPlan } from "./farFromPlan";
import { isChangeName } from "./unitBounds";
import type { PlanFigures } from "./PlanFigures";

/**
 * §8f on a row: whether check calls `value` far from the plan in that row (far_from_plan), the one home of
 * that reading for the year's value (evaluateIndicator's farIssue), a value check offers (its suggestionFar), an
 * earlier year's, and a unit conversion check would ask for (checkActual: a value the same check then calls a
 * slip is never advised, trial44a F1, F3). Never on a change name (增长, 下降: near 0 or negative is normal);
 * on a cumulative row (each cell one year's share of a total) only above. `cumulative` may be a function
 * where telling it costs (an earlier year's own rule), asked only for a value far below.
 */
export function farOnRow(value: number, row: { name: string; plan: Pick<PlanFigures, "numbers"> }, cumulative: boolean | (() => boolean)): ReturnType<typeof farFromPlan> {
  if (isChangeName(row.name)) return null;
  const far = farFromPlan(value, row.plan.numbers);
  if (far === null || far.side === "above") return far;
  return (typeof cumulative === "function" ? cumulative() : cumulative) ? null : far;
}
