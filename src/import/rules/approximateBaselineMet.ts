import { baselineInBand } from "../../domain/baselineInBand";
import { directionFromName } from "../../domain/directionWords";
import { parseNumber } from "../../domain/parseNumber";
import { parseTarget } from "../../domain/parseTarget";
import { APPROX_MET } from "../../domain/tolerances";
import { classifyUnit } from "../../domain/Unit";
import { planFigures } from "../../domain/PlanFigures";
import { draftSpec } from "../draftSpec";
import { unitBounds } from "../../domain/unitBounds";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A 左右 target whose baseline already lies in its met band (baselineInBand: |B − T| ≤ APPROX_MET·|T|, evaluation-rules §3
 * approximate): the row is 已达标 from the first year, whatever the value does within the band (a trial's
 * 常住人口城镇化率 58.3 → `63左右`: 56.7–69.3 met, so a county falling to 57.9 was 已达标, 提前实现 in the report).
 * Kept as written and said, with the band, the baseline in it, and the bound to write (`≥63`, or `≤` for a row
 * whose direction is down) if the plan means reaching the value. The row's direction: its name's where it tells
 * one (城镇调查失业率: down), else the target's side of the baseline; none when they are equal (the plan keeps the
 * value: 左右 means what §3 says). Not for a name that says a change (地区生产总值增长, 居民消费价格涨幅): each year's
 * rate is its own, the baseline's tells nothing of the next (approximateDirection says their band). Said in place of
 * approximateDirection's line, which it covers; `reach`: the target lies beyond the baseline in the row's direction.
 */
export const approximateBaselineMet: ColumnRule = (d) => {
  const t = parseTarget(d.target, d.unit === "%");
  if (t.kind !== "approximate") return;
  const base = parseNumber(d.baseline ?? cellOf(d, d.header.baselineCol));
  // the band and whether the baseline lies in it: one home with the report's words (baselineInBand)
  // as the unit allows it (a % rate ends at 100: approximateBand)
  const unit = { ...d.detected, unitClass: d.unit === "" ? d.detected.unitClass : classifyUnit(d.unit) };
  const band = baselineInBand(d.name, t, base, unitBounds(unit, d.name, planFigures(draftSpec(d), unit)));
  if (band === null || base === null) return;
  const named = directionFromName(d.name);
  const direction = named?.direction ?? (t.value > base ? "up" : t.value < base ? "down" : null);
  if (direction === null) return;
  const round = (x: number): string => String(Number(x.toPrecision(12)));
  d.report("target-approximate-baseline-met", {
    target: d.target, value: round(t.value), low: String(band.low), high: String(band.high), met: APPROX_MET * 100,
    baseline: round(base), word: named?.word ?? null, down: direction === "down", reach: direction === "down" ? t.value < base : t.value > base,
    ...(band.capped === null ? {} : { capped: String(band.capped) }),
  });
};
