import { indicatorUnit } from "../domain/indicatorUnit";
import { planFigures } from "../domain/PlanFigures";
import { unitBounds, type UnitBounds } from "../domain/unitBounds";
import type { EvaluationRow } from "./EvaluationReport";

/** The range a report row's values lie in (unitBounds with the row's own plan figures, as the engine checks them). */
export function rowBounds(r: Pick<EvaluationRow, "name" | "unit" | "baseline" | "target" | "baselineYear" | "targetYear">): UnitBounds {
  const unit = indicatorUnit(r);
  return unitBounds(unit, r.name, planFigures(r, unit));
}
