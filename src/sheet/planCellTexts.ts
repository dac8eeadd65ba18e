import type { IndicatorSpec } from "../domain/IndicatorSpec";
import type { IndicatorDef } from "../templates/TemplateSchema";
import { specPlan } from "./specPlan";

/**
 * The texts an indicator sheet writes into a row's plan cells (单位, 基期值, 目标), from the template:
 * one home for the sheet writer (indicatorSheet) and for `check`, which compares what a person sees
 * in those cells with them (planCellChanges), so a cell the writer wrote is never said to differ.
 */
export interface PlanCellTexts {
  unit: string;
  baseline: string;
  target: string;
}

export function planCellTexts(d: Pick<IndicatorDef, "baseline" | "target">, spec: IndicatorSpec): PlanCellTexts {
  return { unit: specPlan(spec).unit.symbol, baseline: d.baseline, target: d.target ?? "" };
}
