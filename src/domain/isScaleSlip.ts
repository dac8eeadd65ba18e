import { GRADED_FAR_LIMIT } from "./tolerances";
import type { ValueToVerify } from "./valueToVerify";

/**
 * Whether a row's value to verify is likely in another unit, so that no grade may rest on it
 * (evaluation-rules §6, our reading): §2's `scale_suspect`; §8f's `far_from_plan` more than
 * GRADED_FAR_LIMIT (100) times beyond the plan's numbers on either side (a row §2's scale check
 * does not cover: 1600000 万立方米 in a 亿立方米 row against 165; 8500 米 in a 公里 row against 〔45〕);
 * or `far_from_plan` whatever its factor where check offers the value a ×10^k slip gives (`meant`: 2.35 against
 * 21.4 → 28, 是否应为 23.5？; trial36 N5: graded 滞后于预期 while check called it a slip). A value far for no
 * such reason keeps its grade, with its caveat. So does §2a's `percent_style_unit` where check offers the number as shown
 * (`meant`: 1.82 typed in a percent-styled cell of a 比 row, stored 0.0182; a ×100 slip, trial41b F1/F2), far or not.
 */
export function isScaleSlip(v: ValueToVerify | null): boolean {
  if (!v) return false;
  if (v.code === "scale_suspect" || (v.code === "percent_style_unit" && v.meant !== undefined)) return true;
  return v.code === "far_from_plan" && ((v.factor !== null && v.factor > GRADED_FAR_LIMIT) || v.meant !== undefined);
}
