import { approximateBand, type ApproximateBand } from "./approximateBand";
import type { Direction } from "./Direction";
import type { Target } from "./Target";
import type { UnitBounds } from "./unitBounds";

/**
 * How a graded value stands against a target it does not meet, as the report says it (evaluation-rules §6, our reading,
 * trial34): below a floor (`floor`: its bound), above a ceiling (`ceiling`), outside a 左右 target's met band on one side
 * (`band`: the band as the unit allows it, approximateBand; `better`: the side the row's direction prefers, §3a: up and
 * keep above, down below, so a growth of 8.2 against `6左右` is off target, not short of it), or short of any other
 * (`short`: a total, a point, a strict bound met exactly: 未达到). The grade is §6's from the status either way.
 */
export type TargetMiss =
  | { how: "floor" | "ceiling"; bound: number }
  | { how: "band"; side: "above" | "below"; band: ApproximateBand; better: boolean }
  | { how: "short" };

/** The miss of `value` against `target` (the one the year is judged by), or `short` where no side can be told. */
export function targetMiss(target: Target, value: number | null, direction: Direction | null, bounds: UnitBounds | null = null): TargetMiss {
  if (value === null) return { how: "short" };
  if (target.kind === "approximate" && value !== target.value) {
    const side = value > target.value ? "above" : "below";
    const better = direction === "down" ? side === "below" : direction === "up" || direction === "keep" ? side === "above" : false;
    return { how: "band", side, band: approximateBand(target.value, bounds), better };
  }
  // a strict bound met exactly (64 against >64) is short of it, not below it
  if ((target.kind === "floor" && value < target.value) || (target.kind === "ceiling" && value > target.value)) return { how: target.kind, bound: target.value };
  return { how: "short" };
}
