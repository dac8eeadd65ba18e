import type { IndicatorSpec } from "./IndicatorSpec";
import { parseTarget } from "./parseTarget";
import { planBaseline } from "./planBaseline";
import { targetValue } from "./Target";
import type { Unit } from "./Unit";

/** The numbers a plan gives for an indicator (baseline, final and yearly targets): the scale checks' references. */
export function planNumbers(spec: IndicatorSpec, unit: Unit): number[] {
  const pct = unit.unitClass === "percent";
  const vals = [planBaseline(spec, unit), targetValue(parseTarget(spec.target, pct))];
  for (const t of Object.values(spec.yearlyTargets ?? {})) vals.push(targetValue(parseTarget(t, pct)));
  return vals.filter((v): v is number => v !== null);
}
