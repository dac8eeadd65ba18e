import { decimalFixed } from "./decimalFixed";
import { planDecimals } from "./planDecimals";
import { approxEq } from "./compare";

/**
 * The decimals a forecast F is shown with (evaluation-rules.md §6, our reading): the plan's own
 * precision (planDecimals: as many as the baseline and target are written with, 0.020 against
 * `<0.020`, and at least two significant digits of F: 6.25 against 〔15〕 reads 6.3, 18.625 against 〔18〕 19, trial45a
 * F5), no trailing zero beyond the plan's own decimals (5 against 〔10〕 reads 5, not 5.0), and more where the number so rounded would
 * fall on the other side of the target from F itself (0.01987 meets `<0.020`; 0.020 would not, so
 * it is shown 0.0199); the number judged is the one shown (decimalFixed). An F that misses its target is never shown
 * rounded onto its bound either (98.63 against `>99` reads 98.6, not 99, which reads as the target reached: trial44b F5),
 * and one on the bound itself gets one more decimal, so it reads as exactly the bound (99.0 against `>99`), no rounding.
 * `meets` is the engine's judgement of F, `judge` the same judgement of another value (gradeIndicator's metAt);
 * `baseline` as written; `bound` the target's number at T (targetValue), null where it has none.
 */
export function forecastDecimals(value: number, target: string, meets: boolean, judge: (v: number) => boolean, baseline = "", bound: number | null = null): number {
  const plan = planDecimals(value, [baseline, target]);
  const exact = bound !== null && approxEq(value, bound);
  // shown as the bound it misses: more decimals, till F's side shows (or, F on the bound itself, one more)
  const onBound = (shown: number, d: number): boolean => !meets && shown === bound && !(exact && d > plan);
  let d = plan;
  while (d < 12 && (judge(Number(decimalFixed(value, d))) !== meets || onBound(Number(decimalFixed(value, d)), d))) d++;
  if (d > plan) return d;
  // the two significant digits planDecimals asks show F's digits, never zeros: an F of 5 against 〔10〕 reads 5, as 20 reads
  // 20 and as the paces beside it are written (trial45a F5 read "累计 5.0%"); the decimals the plan writes stay (0.020)
  const written = planDecimals(0, [baseline, target]);
  while (d > written && /\.\d*0$/.test(decimalFixed(value, d))) d--;
  return d;
}
