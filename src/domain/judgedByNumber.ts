import type { IndicatorSpec } from "./IndicatorSpec";
import { parseTarget } from "./parseTarget";
import { targetValue } from "./Target";
import type { Unit } from "./Unit";

/**
 * Whether the plan gives the row a number to reach in some year or at the end (§1: not words, `/`
 * or parts). A row it never does (全覆盖, 全面完成省下达任务, `/` throughout) may be answered in
 * words: §8g leaves its values unchecked, and the sheet lets its cells wrap like a words target's.
 */
export function judgedByNumber(spec: { target?: IndicatorSpec["target"] | undefined; yearlyTargets?: IndicatorSpec["yearlyTargets"] | undefined }, unit: Unit): boolean {
  const written = [spec.target, ...Object.values(spec.yearlyTargets ?? {})];
  return written.some((t) => targetValue(parseTarget(t, unit.symbol === "%")) !== null);
}
