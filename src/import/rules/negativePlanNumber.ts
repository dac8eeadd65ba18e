import { indicatorDirection } from "../../domain/indicatorDirection";
import { indicatorUnit } from "../../domain/indicatorUnit";
import { parseTarget } from "../../domain/parseTarget";
import { targetValue } from "../../domain/Target";
import { planOpensFloor } from "../../domain/unitBounds";
import type { ColumnRule } from "../ColumnRule";
import { draftSpec } from "../draftSpec";

/**
 * A row whose plan writes a negative baseline or target in a unit that is otherwise never below 0
 * (地下水超采量 −120 → 0 万立方米, the table's 注: a negative means 回补; trial35 TP1). The row's
 * values may be negative as the plan's are (unitBounds, evaluation-rules §2 our reading), and which
 * way is better is then the plan's to say: said once, with the direction the tool reads and, where it
 * reads it from the numbers alone (−120 → 0 is ↑), that it is a guess. Not said where the negative
 * five-year total's own line (negativeTotal) already is. Runs last, on the row as the template will hold it.
 */
export const negativePlanNumber: ColumnRule = (d) => {
  if (d.said.has("target-negative-total")) return;
  const spec = draftSpec(d);
  const unit = indicatorUnit(spec);
  const pct = unit.unitClass === "percent";
  const baseline = targetValue(parseTarget(spec.baseline, pct));
  const target = targetValue(parseTarget(spec.target, pct));
  const written = [baseline, target].filter((v): v is number => v !== null);
  if (!planOpensFloor(unit, spec.name, written)) return;
  const decided = indicatorDirection(spec, pct);
  d.report("plan-negative", {
    baseline: spec.baseline,
    target: spec.target ?? "",
    which: baseline !== null && baseline < 0 ? "baseline" : "target",
    unit: spec.unit ?? "",
    direction: decided.direction,
    // read from the numbers alone (no operator, name word, stated fall or set direction): a guess
    guessed: decided.by === "series" || decided.by === "default",
  });
};
