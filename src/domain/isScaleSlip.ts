import { SCALE_SLIP } from "./tolerances";
import type { ValueToVerify } from "./valueToVerify";

/**
 * Whether a row's value to verify is likely in another unit, so that no grade may rest on it
 * (evaluation-rules §6, our reading): §2's `scale_suspect`, or §8f's `far_from_plan` more than
 * SCALE_SLIP times beyond the plan's numbers on either side (a row whose unit the plan does not
 * name, or not an amount: 1600000 typed in 万立方米 in a 亿立方米 row against 165).
 */
export function isScaleSlip(v: ValueToVerify | null): boolean {
  if (!v) return false;
  return v.code === "scale_suspect" || (v.code === "far_from_plan" && v.factor !== null && v.factor > SCALE_SLIP);
}
