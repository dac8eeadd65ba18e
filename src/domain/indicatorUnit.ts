import type { IndicatorSpec } from "./IndicatorSpec";
import { classifyUnit, detectUnit, type Unit } from "./Unit";

/**
 * The unit an indicator is checked in: the template's unit where it has one (an import may have
 * corrected it), else the one read from the name (evaluation-rules.md §2). The same choice
 * evaluateIndicator and the sheet's specUnit make.
 */
export function indicatorUnit(spec: Pick<IndicatorSpec, "name" | "unit">): Unit {
  const named = detectUnit(spec.name);
  return spec.unit ? { symbol: spec.unit, unitClass: classifyUnit(spec.unit), inferred: false, bareName: named.bareName } : named;
}
