import type { IndicatorSpec } from "./IndicatorSpec";
import { parseTarget } from "./parseTarget";
import { targetValue } from "./Target";
import type { Unit } from "./Unit";

/** The plan's baseline for an indicator as a number (a % row's `95%` is 95), null where it is none or words; one of planNumbers. */
export function planBaseline(spec: Pick<IndicatorSpec, "baseline">, unit: Unit): number | null {
  return targetValue(parseTarget(spec.baseline, unit.unitClass === "percent"));
}
