import { PER_CAPITA } from "./checkActual";
import { JUMP_COUNT_FLOOR } from "./tolerances";
import { countedInOnes, type Unit } from "./Unit";

/**
 * The least change in the row's own unit that §8a's jump may be (evaluation-rules §8a, our reading; trial47b F6), or null
 * for none: JUMP_COUNT_FLOOR on a row of things counted in ones (countedInOnes: 天, 件, 个, 次 …), where 2 → 1 is 减少 50%
 * and 1 → 0 减少 100% of a true count; none on a per-capita or average name (每千人口床位数 张, 平均…: a ratio, not a count)
 * nor on any other unit (2 → 1 亿元 is half an amount). Read by jumpIssue, beside the class's limit (JUMP_LIMITS).
 */
export function jumpFloor(unit: Unit): number | null {
  return countedInOnes(unit.symbol) && !PER_CAPITA.test(unit.bareName) ? JUMP_COUNT_FLOOR : null;
}
