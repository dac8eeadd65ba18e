import type { IndicatorSpec } from "../domain/IndicatorSpec";
import type { IndicatorDef, IndicatorTemplate } from "./TemplateSchema";

/** The engine's view of a template row. */
export function indicatorSpec(t: IndicatorTemplate, d: IndicatorDef): IndicatorSpec {
  const spec: IndicatorSpec = {
    name: d.name, unit: d.unit, baseline: d.baseline,
    baselineYear: t.baselineYear, targetYear: t.targetYear,
  };
  if (d.target !== undefined) spec.target = d.target;
  if (d.yearlyTargets !== undefined) spec.yearlyTargets = d.yearlyTargets;
  if (d.direction !== undefined) spec.direction = d.direction;
  if (t.bands !== undefined) spec.bands = t.bands;
  return spec;
}
