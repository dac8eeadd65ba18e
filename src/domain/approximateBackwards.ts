import { approxEq } from "./compare";
import type { Direction } from "./Direction";
import { isChangeName } from "./unitBounds";

/**
 * Whether a 左右 row's value A moved back past its baseline Bv (倒退, evaluation-rules §3, our reading:
 * `approximate_backwards`, a warning, and the report's value to verify): A is on the far side of Bv from
 * the target Tv **and** that side is the row's worse one by its direction (§3a: up and keep want more,
 * down wants less). A trial's 人均预期寿命 77.6 against 78.2 → `79左右` (up) is 倒退; a trial's
 * 城镇调查失业率 5.1 against 5.4 → `5.5左右` is not: the rate is down by its name (失业率), so a fall is the
 * better way, not a step back, whatever side of the baseline the plan's 5.5 lies (session 30, our reading).
 * The status is the distance's either way (§3 不看升降). Numbers in the row's unit; `dir` null (no
 * direction could be read) counts as the target's side. False for a target equal to the baseline,
 * A at the baseline (float noise), or a name that says a change (增长, 增速, 涨幅: each year's rate is its own).
 */
export function approximateBackwards(a: number, bv: number, tv: number, dir: Direction | null, name: string): boolean {
  if (bv === tv || isChangeName(name) || approxEq(a, bv)) return false;
  // the far side of the baseline from the target
  if (Math.sign(a - bv) !== -Math.sign(tv - bv)) return false;
  const better = dir === "down" ? a < bv : dir === "up" || dir === "keep" ? a > bv : false;
  return !better;
}
