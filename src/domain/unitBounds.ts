import { memo } from "./memo";
import { ge, gt, le } from "./compare";
import type { PlanFigures } from "./PlanFigures";
import type { Unit } from "./Unit";

/** The range a value of this unit must lie in to be usable (errors, not warnings). */
export interface UnitBounds {
  lo: number;
  hi: number;
  /** the value must be strictly above `lo` (ages) */
  loStrict: boolean;
}

/**
 * The words of a name that says a change from a year before (evaluation-rules.md §2), so the
 * value may be negative or above 100 in a % row. 涨幅, 增幅, 降幅, 涨跌 (居民消费价格涨幅, 规模以上工业
 * 增加值增幅, 居民消费价格涨跌幅) count wherever they stand. 变化 and 变动 count only where they end the
 * name (before its unit, with 率/幅/幅度 after them): in the middle of a name they are a topic, not the
 * quantity (应对气候变化…覆盖率, 人口变动抽样调查…比例 are bounded shares); 气候变化 never counts.
 */
const CHANGE = /(增长|增速|降低|下降|提高|增幅|降幅|涨幅|涨跌|减少|上涨|下跌|上升)/;
// no lookbehind for 气候: Office 2019's EdgeHTML webview (ES2017) refuses a whole bundle over one
const CHANGE_AT_END = /(气候)?(变化|变动)(率|幅|幅度)?\s*(?:[（(][^（()）]*[)）]\s*)*$/;

/**
 * Whether a name says a change (the words above), read once per name: every value of a % row asks it
 * (its range, its warnings), thousands of times a return (issue 19).
 */
const saysChange = memo(changeWords);

function changeWords(name: string): boolean {
  if (CHANGE.test(name)) return true;
  const m = CHANGE_AT_END.exec(name);
  return m !== null && m[1] === undefined;
}
/** The bound of a side no unit limits: finite, so the sheet's formulas can hold it; past it no quantity is real. */
export const OPEN_BOUND = 1e300;
const OPEN = OPEN_BOUND;

/**
 * One source for the engine's unit errors and the sheet's validation and formulas: the range of
 * `unit` for the row `name`, given the plan's own figures for the row (`plan`, planFigures; NO_PLAN
 * for a unit's own range). A plan's own numbers are never out of their row's range (evaluation-rules
 * §2, our readings):
 * - a plan that writes a number below the unit's floor of 0 (地下水超采量 −120, its 注: a negative means
 *   回补) uses that sign itself, so the row takes values below 0 too, and 不应为负数 applies only where
 *   the plan's numbers are all ≥ 0 (trial35 TP1);
 * - a `%` row (not a change) whose plan writes a number above 100 (an index 100 → 130, a 毛入学率 of
 *   102), or that starts at 100 and is lower-is-better (交通运输碳排放强度 100 → ≤95, 2020=100: an index on
 *   its base year), may pass 100, so it has no ceiling of 100 (trial36 T1); a share that rises to 100
 *   (60 → 100), holds it (100 → 100) or keeps near it (合格率 100 → 99.5, read 保持) still ends at 100.
 */
export function unitBounds(unit: Unit, name: string, plan: PlanFigures): UnitBounds {
  const own = ownBounds(unit, name);
  const floor = own.lo >= 0 && plan.numbers.some((v) => v < 0);
  const index = plan.numbers.some((v) => v > 100) || (plan.baseline === 100 && plan.direction === "down");
  const ceiling = unit.unitClass === "percent" && own.hi === 100 && index;
  return { lo: floor ? -OPEN : own.lo, hi: ceiling ? OPEN : own.hi, loStrict: floor ? false : own.loStrict };
}

/** Whether the plan's own numbers (`plan`) open the floor of 0 of this unit (see unitBounds). */
export function planOpensFloor(unit: Unit, name: string, plan: readonly number[]): boolean {
  return ownBounds(unit, name).lo >= 0 && unitBounds(unit, name, { numbers: plan, baseline: null, direction: null }).lo < 0;
}

function ownBounds(unit: Unit, name: string): UnitBounds {
  switch (unit.unitClass) {
    case "percent": return saysChange(name) ? { lo: -OPEN, hi: OPEN, loStrict: false } : { lo: 0, hi: 100, loStrict: false };
    // a change in ‰ (人口自然增长率 −1.5‰) is below 0 as often as a change in %
    case "permille": return saysChange(name) ? { lo: -OPEN, hi: OPEN, loStrict: false } : { lo: 0, hi: 1000, loStrict: false };
    case "count": case "amount": return { lo: 0, hi: OPEN, loStrict: false };
    case "age": return { lo: 0, hi: 120, loStrict: true };
    case "years": return { lo: 0, hi: 30, loStrict: false };
    case "ratio": case "other": return { lo: -OPEN, hi: OPEN, loStrict: false };
  }
}

export function isChangeName(name: string): boolean {
  return saysChange(name);
}

/**
 * Whether `v` lies in `b` (evaluation-rules §2), compared as §3 compares numbers (compare.ts, RELATIVE_TOLERANCE):
 * 100.00000000000001 (a SUM of shares pasted as a value) is 100 and in 0–100; 100.000001 is not. A strict lower
 * bound (ages, > 0) refuses what equals it within the tolerance, which at 0 is 0 alone.
 */
export function withinBounds(v: number, b: UnitBounds): boolean {
  return ge(v, b.lo) && le(v, b.hi) && (!b.loStrict || gt(v, b.lo));
}
