import { approximateBand } from "../../domain/approximateBand";
import { baselineInBand } from "../../domain/baselineInBand";
import { parseNumber } from "../../domain/parseNumber";
import { parseTarget } from "../../domain/parseTarget";
import { planFigures } from "../../domain/PlanFigures";
import { APPROX_MET, WIDE_APPROX_POINTS } from "../../domain/tolerances";
import { classifyUnit } from "../../domain/Unit";
import { unitBounds } from "../../domain/unitBounds";
import { draftSpec } from "../draftSpec";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A 左右 target on a percentage row whose band is wide (evaluation-rules §3, our reading, trial37 F5: 受污染耕地安全利用率
 * 70.6 → `90左右 | 约束性`, met from 81, so a county at 83 read 提前实现 9 points short of a binding 90): the band's
 * half-width, APPROX_MET × |Tv| in percentage points, is above WIDE_APPROX_POINTS. Kept as written (the grade is §3's)
 * and said, with the band (approximateBand: a rate's ends at 100) and the bound to write (`≥90`; `≤` where the target
 * lies below the baseline) if the plan means that. Not where another 左右 line already says the band
 * (approximateBaselineMet, approximateDirection) or a slip (approximateFar), nor where the baseline lies in the band
 * (baselineInBand: said there, or the plan keeps its value).
 */
export const approximateWide: ColumnRule = (d) => {
  const t = parseTarget(d.target, d.unit === "%");
  if (t.kind !== "approximate") return;
  if (d.said.has("target-approximate-baseline-met") || d.said.has("target-approximate-direction") || d.said.has("target-approximate-far")) return;
  const unit = { ...d.detected, unitClass: d.unit === "" ? d.detected.unitClass : classifyUnit(d.unit) };
  const points = Math.abs(t.value) * APPROX_MET;
  if (unit.unitClass !== "percent" || points <= WIDE_APPROX_POINTS) return;
  const base = parseNumber(d.baseline ?? cellOf(d, d.header.baselineCol));
  const bounds = unitBounds(unit, d.name, planFigures(draftSpec(d), unit));
  if (baselineInBand(d.name, t, base, bounds) !== null) return;
  const band = approximateBand(t.value, bounds);
  const round = (x: number): string => String(Number(x.toPrecision(12)));
  d.report("target-approximate-wide", {
    target: d.target, value: round(t.value), low: String(band.low), high: String(band.high), met: APPROX_MET * 100, points: round(points),
    down: base !== null && t.value < base, ...(band.capped === null ? {} : { capped: String(band.capped) }),
  });
};
