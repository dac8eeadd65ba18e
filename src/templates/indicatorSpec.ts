import type { IndicatorSpec } from "../domain/IndicatorSpec";
import type { IndicatorDef, IndicatorTemplate } from "./TemplateSchema";

/**
 * The engine's view of a template row: one object per row of a template object, so what the
 * engine derives from a spec alone (yearRule) is derived once for 1,000 returns of one
 * template (issue 19). Shared: callers never change it.
 */
export function indicatorSpec(t: IndicatorTemplate, d: IndicatorDef): IndicatorSpec {
  let byRow = SPECS.get(t);
  if (!byRow) SPECS.set(t, (byRow = new WeakMap()));
  let spec = byRow.get(d);
  if (!spec) byRow.set(d, (spec = specOf(t, d)));
  return spec;
}

const SPECS = new WeakMap<IndicatorTemplate, WeakMap<IndicatorDef, IndicatorSpec>>();

function specOf(t: IndicatorTemplate, d: IndicatorDef): IndicatorSpec {
  const spec: IndicatorSpec = {
    name: d.name, unit: d.unit, baseline: d.baseline,
    baselineYear: t.baselineYear, targetYear: t.targetYear,
  };
  if (d.target !== undefined) spec.target = d.target;
  if (d.yearlyTargets !== undefined) spec.yearlyTargets = d.yearlyTargets;
  if (d.direction !== undefined) spec.direction = d.direction;
  if (d.note !== undefined) spec.note = d.note;
  if (t.bands !== undefined) spec.bands = t.bands;
  return spec;
}
