import { indicatorDirection, seriesEnd } from "../../domain/indicatorDirection";
import type { IndicatorSpec } from "../../domain/IndicatorSpec";
import { parseTarget } from "../../domain/parseTarget";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A row whose direction only its numbers tell, read down (evaluation-rules §3a rule 4: no operator,
 * no name word, the target below the baseline): said here, where the plan is set, with the value
 * it comes to. `check` warns of it on every row of every return, each year (direction_inferred),
 * when the manager who can set it is the one importing (a trial's 耕地保有量 255 → 250 was 滞后 at
 * 252 in every county). A 左右 target is judged by distance, whatever its direction. The years do not matter to the direction, so the spec's are placeholders.
 */
export const seriesDirection: ColumnRule = (d) => {
  const baseline = cellOf(d, d.header.baselineCol).trim();
  const spec: IndicatorSpec = { name: d.name, unit: d.unit, baseline, target: d.target, baselineYear: 0, targetYear: 1 };
  if (d.add.yearlyTargets !== undefined) spec.yearlyTargets = d.add.yearlyTargets;
  if (d.add.direction !== undefined) spec.direction = d.add.direction;
  const pct = d.unit === "%" || (d.unit === "" && d.detected.symbol === "%");
  // a 左右 target is judged by its distance alone (§3): no direction to set
  if (parseTarget(d.target, pct).kind === "approximate") return;
  const decided = indicatorDirection(spec, pct);
  if (decided.by !== "series" || decided.direction !== "down") return;
  d.report("direction-from-series", { baseline, target: String(seriesEnd(spec, pct) ?? d.target) });
};
