import { le } from "./compare";
import { fractionSlipApplies } from "./fractionSlipApplies";
import { FRACTION_NEAR } from "./tolerances";
import type { Unit } from "./Unit";

/**
 * Whether 0 < v ≤ 1 in a % row is about 1/100 of the plan's numbers, a percentage typed as a fraction, where §2's own
 * fraction error does not apply (fractionSlipApplies: the plan's numbers, a cumulative row's yearly share, below 10)
 * (evaluation-rules §2, our reading; trial47b F1: 0.035 typed for 3.5% in 单位GDP二氧化碳排放降低 `〔18〕`, 3.6 a year, was
 * summed unasked). Asked, never refused (`fraction_suspect`, a warning a 说明 keeps): a row heading for small values
 * may hold one. So: v × 100 (`meant`) within FRACTION_NEAR times of the nearest of the plan's numbers (`reference`; a
 * cumulative row, `span` = T − B years, sets them against their yearly share, as §2's fraction and scale checks do)
 * and nearer them than v. Only where every plan number is positive: a row the plan takes to or from 0 passes through
 * small values on its way (as §8f's below). `times`: the reference over v, rounded. Null otherwise.
 */
export function fractionSuspect(v: number, unit: Unit, planNumbers: readonly number[], span?: number): { meant: number; reference: number; times: number } | null {
  if (unit.unitClass !== "percent" || !(v > 0) || !le(v, 1) || fractionSlipApplies(unit, planNumbers, span)) return null;
  const share = Math.max(1, span ?? 1);
  const refs = planNumbers.filter((r) => r > 0 && Number.isFinite(r)).map((r) => Number((r / share).toPrecision(12)));
  if (refs.length === 0 || refs.length !== planNumbers.length) return null;
  const meant = Number((v * 100).toPrecision(12));
  const distance = (x: number): number => Math.min(...refs.map((r) => Math.abs(Math.log10(x / r))));
  const near = distance(meant);
  if (!le(near, Math.log10(FRACTION_NEAR)) || near >= distance(v)) return null;
  const reference = refs.reduce((best, r) => (Math.abs(Math.log10(meant / r)) < Math.abs(Math.log10(meant / best)) ? r : best));
  return { meant, reference, times: Math.round(reference / v) };
}
