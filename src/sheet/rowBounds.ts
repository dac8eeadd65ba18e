import { indicatorUnit } from "../domain/indicatorUnit";
import { planNumbers } from "../domain/planNumbers";
import { unitBounds, type UnitBounds } from "../domain/unitBounds";
import type { EvaluationRow } from "./EvaluationReport";

/** The range a report row's values lie in (unitBounds with the row's own plan numbers, as the engine checks them). */
export function rowBounds(r: Pick<EvaluationRow, "name" | "unit" | "baseline" | "target" | "baselineYear" | "targetYear">): UnitBounds {
  const unit = indicatorUnit(r);
  return unitBounds(unit, r.name, planNumbers(r, unit));
}
