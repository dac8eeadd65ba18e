import type { IndicatorSpec } from "../domain/IndicatorSpec";
import { detectUnit, classifyUnit, type Unit } from "../domain/Unit";
import { unitBounds, type UnitBounds } from "../domain/unitBounds";
import { yearRule, type YearRule } from "../domain/yearRule";
import { targetValue } from "../domain/Target";
import type { Direction, DirectionSource } from "../domain/Direction";
import { fractionSlipApplies } from "../domain/fractionSlipApplies";
import { planNumbers } from "../domain/planNumbers";
import { planFigures } from "../domain/PlanFigures";
import { judgedByNumber } from "../domain/judgedByNumber";

/** The per-year constants a status formula needs, taken from the engine's own reading. */
export interface YearParams {
  year: number;
  /** >= > <= < ~ none text */
  op: string;
  tv: number | "";
  share: number;
  trajectory: 0 | 1;
  rule: YearRule;
}

export interface IndicatorParams {
  unit: Unit;
  bounds: UnitBounds;
  baseline: number | "";
  cumulative: boolean;
  yearly: boolean;
  /** the indicator's direction (§3a) and the rule that decided it */
  direction: Direction | null;
  directionBy: DirectionSource | null;
  /** a % row: a number in a percent style is an error (§2a) */
  percentRow: boolean;
  /** 0 < v ≤ 1 is a fraction slip in this row (§2) */
  fractionCheck: boolean;
  /**
   * the plan gives the row a number in some year or at the end (judgedByNumber); false for 全覆盖 or
   * `/` throughout, which words may answer (§8g): no year's value is then said, in its year or later
   */
  numbered: boolean;
  years: YearParams[];
}

export function opCode(rule: YearRule): string {
  const t = rule.target;
  switch (t.kind) {
    case "floor": return t.strict ? ">" : ">=";
    case "ceiling": return t.strict ? "<" : "<=";
    // §3a: a point target is read with its direction (up and keep ≥, down ≤)
    case "point": return rule.direction === "down" ? "<=" : ">=";
    case "cumulative": return ">=";
    case "approximate": return "~";
    case "none": return "none";
    case "text": case "compound": return "text";
  }
}

/** The engine's unit for a spec (the template's unit wins over the name's). */
export function specUnit(spec: IndicatorSpec): Unit {
  const named = detectUnit(spec.name);
  return spec.unit ? { symbol: spec.unit, unitClass: classifyUnit(spec.unit), inferred: false, bareName: named.bareName } : named;
}

export function indicatorParams(spec: IndicatorSpec, years: number[], yearly: boolean): IndicatorParams {
  const unit = specUnit(spec);
  const rules = years.map((y) => ({ y, rule: yearRule(spec, y, unit) }));
  const cumulative = rules.some((r) => r.rule.target.kind === "cumulative");
  const first = rules[0]?.rule;
  return {
    unit,
    bounds: unitBounds(unit, spec.name, planFigures(spec, unit)),
    baseline: first?.baseline ?? "",
    cumulative,
    yearly,
    direction: first?.direction ?? null,
    directionBy: first?.directionBy ?? null,
    percentRow: unit.unitClass === "percent",
    // a cumulative row's numbers are totals: their yearly share decides, as in the engine (checkActual's span)
    fractionCheck: fractionSlipApplies(unit, planNumbers(spec, unit), cumulative ? spec.targetYear - spec.baselineYear : undefined),
    numbered: judgedByNumber(spec, unit),
    years: rules.map(({ y, rule }) => ({
      year: y, op: opCode(rule), tv: targetValue(rule.target) ?? "", share: rule.share, trajectory: rule.trajectory ? 1 : 0, rule,
    })),
  };
}
