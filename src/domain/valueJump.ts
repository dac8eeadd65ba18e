import { gt, lt } from "./compare";
import type { JumpLimit } from "./tolerances";

/**
 * How far `value` moved from `earlier` and whether that is beyond the limit (the project's
 * evaluation-rules §8a/§8b): `share` in percent of |earlier| (an earlier 0 cannot be measured
 * in percent: never a jump), `points` in the unit's points. Returns null when within the limit.
 * The change carries its sign: +35 is 35% (or points) up. `floor` (jumpFloor: a count of days or events): a change of
 * fewer units than it is never a jump, whatever its share (2 → 1 天 is 50%, and chance).
 */
export function valueJump(earlier: number, value: number, limit: JumpLimit, floor: number | null = null): { change: number } | null {
  if (floor !== null && lt(Math.abs(value - earlier), floor)) return null;
  if (limit.by === "points") {
    const change = value - earlier;
    return gt(Math.abs(change), limit.limit) ? { change } : null;
  }
  if (earlier === 0) return null;
  const change = ((value - earlier) / Math.abs(earlier)) * 100;
  return gt(Math.abs(change), limit.limit) ? { change } : null;
}
