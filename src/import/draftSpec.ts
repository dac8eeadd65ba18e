import type { IndicatorSpec } from "../domain/IndicatorSpec";
import { cellOf, type IndicatorDraft } from "./ColumnRule";

/** The engine's view of the row being read (as templates/indicatorSpec makes it of the template's row; years as importTable sets them). */
export function draftSpec(d: IndicatorDraft): IndicatorSpec {
  const spec: IndicatorSpec = {
    name: d.name, unit: d.unit, baseline: (d.baseline ?? cellOf(d, d.header.baselineCol)).trim(), target: d.target,
    baselineYear: d.header.baselineYear ?? 0, targetYear: d.header.targetYear ?? 0,
  };
  if (d.add.yearlyTargets !== undefined) spec.yearlyTargets = d.add.yearlyTargets;
  if (d.add.direction !== undefined) spec.direction = d.add.direction;
  if (d.add.note !== undefined) spec.note = d.add.note;
  return spec;
}
