import { farFromPlan } from "./farFromPlan";
import type { PlanFigures } from "./PlanFigures";
import type { Unit } from "./Unit";
import { unitBounds, withinBounds } from "./unitBounds";

/** The common unit slips a value far from the plan may carry: ×10, ×100, ×1000, ×10000 (米 for 公里, 万元 for 亿元, and back). */
const SLIPS = [10, 100, 1000, 10000] as const;

/**
 * What a value §8f finds far from the plan was probably meant to be (evaluation-rules §8f, our reading): the value
 * ÷ 10^k where it is far **above** the plan's numbers, × 10^k where it is far **below** them (k = 1…4), that §8f would
 * no longer call far, nearest the plan's numbers by ratio; null when none is, or the value is not far. The factor §8f
 * names is against the plan's largest (or smallest) number, not the true value, so it need not be near a power of ten
 * (trial32: 2480500 m in a 2315 → 2600 公里 row is 954 × 2600, and 2480.5 is the plan's; 0.26 for 2600 reads 1/8904).
 * `span`: the years a cumulative row's totals cover (T − B), whose yearly cell is set against the numbers' yearly share,
 * as §2's scale suggestion is, and is never far below them (§8f): nothing is offered below there.
 * `plan`: the row's PlanFigures (its numbers, and the baseline and direction unitBounds reads); `row`: its unit and
 * name, where the unit's range applies: a value the unit refuses (§2: 150 in a 0–100 % row, 1200 岁) is never offered, and in
 * a % row ×100 is left to §2 and §2a (a fraction, 95% typed), which own that reading. Rounded to 12 significant digits.
 */
export function farSlipMeant(value: number, plan: PlanFigures, span?: number, row?: { unit: Unit; name: string }): number | null {
  const planNumbers = plan.numbers;
  const far = farFromPlan(value, planNumbers);
  if (far === null || (far.side === "below" && span !== undefined)) return null;
  const above = far.side === "above";
  const share = span === undefined ? 1 : Math.max(1, span);
  const low = far.low / share;
  const high = far.high / share;
  const bounds = row ? unitBounds(row.unit, row.name, plan) : null;
  // ratio distance to the plan's range (0 inside it)
  const distance = (x: number): number => (x > high ? Math.log10(x / high) : x < low ? Math.log10(low / x) : 0);
  let best: number | null = null;
  for (const k of SLIPS) {
    if (!above && k === 100 && row?.unit.unitClass === "percent") continue;
    const meant = Number((above ? value / k : value * k).toPrecision(12));
    if (bounds && !withinBounds(meant, bounds)) continue;
    const again = farFromPlan(meant, planNumbers);
    const near = again === null || (span !== undefined && again.side === "below");
    if (near && (best === null || distance(meant) < distance(best))) best = meant;
  }
  return best;
}
