import { le } from "./compare";
import type { Target } from "./Target";
import { APPROX_MET } from "./tolerances";
import { isChangeName, type UnitBounds } from "./unitBounds";
import { approximateBand, type ApproximateBand } from "./approximateBand";

/**
 * The met band of a 左右 level target whose baseline already lies in it (evaluation-rules §3, our reading,
 * trial26a: 常住人口城镇化率 58.3 → `63左右`, band 56.7–69.3): |Bv − Tv| ≤ APPROX_MET × |Tv|, so the row is
 * 已达标 from the first year whatever the value does within the band, and no progress from the baseline is
 * measured (§3 approximate). `{ low, high }` in the row's unit, float noise dropped (12 significant digits);
 * null for another kind of target, no baseline, or a name that says a change (地区生产总值增长: each year's
 * rate is its own, the baseline's tells nothing of the next). `bounds`: what the row's unit allows, where an end of
 * the band is said at it (approximateBand: a % rate's 100, `capped`). The importer's `target-approximate-baseline-met`
 * and the report's words for such a row (the 附表's 说明, the 分领域 line) ask it.
 */
export function baselineInBand(name: string, target: Target, baseline: number | null, bounds: UnitBounds | null = null): ApproximateBand | null {
  if (target.kind !== "approximate" || baseline === null || !Number.isFinite(baseline) || isChangeName(name)) return null;
  const spread = Math.abs(target.value) * APPROX_MET;
  if (!le(Math.abs(baseline - target.value), spread)) return null;
  return approximateBand(target.value, bounds);
}
