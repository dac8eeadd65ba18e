import { decimalFixed } from "./decimalFixed";
import { planDecimals } from "./planDecimals";
import { approxEq } from "./compare";

/**
 * The decimals a forecast F is shown with (evaluation-rules.md §6, our reading): the plan's own
 * precision (planDecimals: as many as the baseline and target are written with, 0.020 against
 * `<0.020`, and at least two significant digits of F), and more where the number so rounded would
 * fall on the other side of the target from F itself (0.01987 meets `<0.020`; 0.020 would not, so
 * it is shown 0.0199); the number judged is the one shown (decimalFixed). An F that misses its target is never shown
 * as its bound either (98.63 against `>99` reads 98.6, not 99, which reads as the target reached: trial44b F5).
 * `meets` is the engine's judgement of F, `judge` the same judgement of another value (gradeIndicator's metAt);
 * `baseline` as written; `bound` the target's number at T (targetValue), null where it has none.
 */
export function forecastDecimals(value: number, target: string, meets: boolean, judge: (v: number) => boolean, baseline = "", bound: number | null = null): number {
  let d = planDecimals(value, [baseline, target]);
  const onBound = (shown: number): boolean => !meets && bound !== null && shown === bound && !approxEq(value, bound);
  while (d < 12 && (judge(Number(decimalFixed(value, d))) !== meets || onBound(Number(decimalFixed(value, d))))) d++;
  return d;
}
