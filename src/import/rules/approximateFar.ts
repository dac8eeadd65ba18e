import { farFromPlan } from "../../domain/farFromPlan";
import { farSlipMeant } from "../../domain/farSlipMeant";
import { parseNumber } from "../../domain/parseNumber";
import { parseTarget } from "../../domain/parseTarget";
import { classifyUnit, detectUnit } from "../../domain/Unit";
import { isChangeName } from "../../domain/unitBounds";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A 左右 target far from its baseline, about a power of ten off (trial34p Q3: 城乡公交一体化率 baseline 70, target
 * `5.5左右`, a slip for 55 or 75): §3 judges a 左右 row by its distance alone, so every year then reads 严重滞后 and
 * 倒退, unsaid at import. Far is §8f's far (farFromPlan: beyond FAR_FROM_PLAN × the baseline, or below it ÷ that), and
 * the target is said only where a slip of ×10^k (farSlipMeant, §8f's own reading of a value typed with a digit too
 * many or too few, within the unit's bounds) brings it near: a target far for another reason is the plan's own. Kept
 * as written and said, with the factor and the value it would likely be. A name that says a change (增长, 涨幅) is
 * left alone (isChangeName): its baseline year's rate tells nothing of the target's (as baselineInBand).
 */
export const approximateFar: ColumnRule = (d) => {
  const t = parseTarget(d.target, d.unit === "%");
  if (t.kind !== "approximate") return;
  const base = parseNumber(d.baseline ?? cellOf(d, d.header.baselineCol));
  if (base === null || isChangeName(d.name)) return;
  const far = farFromPlan(t.value, [base]);
  if (far === null) return;
  const named = detectUnit(d.name);
  const unit = d.unit ? { symbol: d.unit, unitClass: classifyUnit(d.unit), inferred: false, bareName: named.bareName } : named;
  const meant = farSlipMeant(t.value, { numbers: [base], baseline: base, direction: null }, undefined, { unit, name: d.name });
  if (meant === null) return;
  const round = (x: number): string => String(Number(x.toPrecision(12)));
  d.report("target-approximate-far", { target: d.target, value: round(t.value), baseline: round(base), factor: far.factor, below: far.side === "below", meant: round(meant) });
};
