import { decimalFixed } from "./decimalFixed";
import { planDecimals } from "./planDecimals";

/**
 * The decimals a forecast F is shown with (evaluation-rules.md §6, our reading): the plan's own
 * precision (planDecimals: as many as the baseline and target are written with, 0.020 against
 * `<0.020`, and at least two significant digits of F), and more where the number so rounded would
 * fall on the other side of the target from F itself (0.01987 meets `<0.020`; 0.020 would not, so
 * it is shown 0.0199); the number judged is the one shown (decimalFixed). `meets` is the engine's judgement of F, `judge` the same judgement of another
 * value (gradeIndicator's metAt); `baseline` as written.
 */
export function forecastDecimals(value: number, target: string, meets: boolean, judge: (v: number) => boolean, baseline = ""): number {
  let d = planDecimals(value, [baseline, target]);
  while (d < 12 && judge(Number(decimalFixed(value, d))) !== meets) d++;
  return d;
}
