import { parseNumber } from "../../domain/parseNumber";
import { parseTarget } from "../../domain/parseTarget";
import { classifyUnit } from "../../domain/Unit";
import { isChangeName } from "../../domain/unitBounds";
import { cellOf, type ColumnRule } from "../ColumnRule";

/** A baseline this many times the five-year total or more is a level, the total its rise. */
const LEVEL_TO_TOTAL = 10;

/**
 * A five-year total (`〔1〕`) on an indicator whose baseline is a level far above it (人均预期寿命 77.3,
 * 〔1〕 in the national 纲要): the plan means a rise of the level, while evaluation-rules §1 reads
 * 〔N〕 as the sum of each year's own amount, so a filer typing the year's level (77.5) would meet it
 * at once. Kept as written and said, with the point target it comes to (≥ 78.3) for a person to
 * write if the plan means that. Not for names that state a change (…降低（%）), whose years do add up.
 * A % level under such a total (综合利用率 85.6, `[15]`) is said whatever the ratio, with both
 * readings a plan may mean (reach 15, or rise by 15 points): yearly rates never add up.
 */
export const levelIncrease: ColumnRule = (d) => {
  const t = parseTarget(d.target);
  if (t.kind !== "cumulative" || !(t.value > 0) || isChangeName(d.name)) return;
  const base = parseNumber(cellOf(d, d.header.baselineCol));
  if (base === null) return;
  // a % level (综合利用率 85.6, [15]): its yearly rates summed run to hundreds (a trial's 1740% of 序时)
  if (classifyUnit(d.unit) === "percent" || d.detected.unitClass === "percent") {
    const rise = Number((base + t.value).toPrecision(12));
    d.report("target-cumulative-rate", { target: d.target, baseline: String(base), reach: String(t.value), rise: rise <= 100 ? String(rise) : null });
    return;
  }
  if (base < LEVEL_TO_TOTAL * t.value) return;
  d.report("target-level-rise", { target: d.target, baseline: String(base), total: String(t.value), suggested: String(Number((base + t.value).toPrecision(12))) });
};
