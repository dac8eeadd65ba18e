import { directionFromName } from "../../domain/directionWords";
import { parseTarget } from "../../domain/parseTarget";
import { APPROX_MET } from "../../domain/tolerances";
import { approximateBand } from "../../domain/approximateBand";
import { classifyUnit } from "../../domain/Unit";
import { planFigures } from "../../domain/PlanFigures";
import { draftSpec } from "../draftSpec";
import { unitBounds } from "../../domain/unitBounds";
import type { ColumnRule } from "../ColumnRule";

/**
 * An approximate target (`3左右`) on a row whose name tells a direction (居民消费价格涨幅: down by
 * 消费价格; 城镇调查失业率: down; 居民人均可支配收入增长: up by 收入). evaluation-rules §3 judges 左右 by
 * its distance from the value both ways, so a year well below a price cap is 滞后; a plan often
 * means the cap. Kept as written and said, with the met range and the bound to write (`≤3`, or
 * `≥6` for an up name) if the plan means that. A template's own direction set by a person wins later
 * and does not change how 左右 is judged, so the bound is the only way to say it.
 */
export const approximateDirection: ColumnRule = (d) => {
  const t = parseTarget(d.target, d.unit === "%");
  // a baseline already in the met band said it with the bound to write (approximateBaselineMet)
  if (t.kind !== "approximate" || d.said.has("target-approximate-baseline-met")) return;
  // a rise that ends the name (地区生产总值增长, 固定资产投资增速) tells up too: a yearly plan's 6左右 is most often a floor
  const named = directionFromName(d.name);
  if (!named) return;
  const round = (x: number): string => String(Number(x.toPrecision(12)));
  // the band as the unit allows it (a % rate ends at 100: approximateBand)
  const unit = { ...d.detected, unitClass: d.unit === "" ? d.detected.unitClass : classifyUnit(d.unit) };
  const band = approximateBand(t.value, unitBounds(unit, d.name, planFigures(draftSpec(d), unit)));
  d.report("target-approximate-direction", {
    target: d.target, value: round(t.value), low: String(band.low), high: String(band.high), met: APPROX_MET * 100, word: named.word, down: named.direction === "down",
    ...(band.capped === null ? {} : { capped: String(band.capped) }),
  });
};
