import { fmtNumber } from "./fmtNumber";

/** How many decimals a number is written with: "<0.020" → 3, "≥80" → 0, "3左右" → 0. */
const decimalsIn = (text: string): number => /\d+(?:\.(\d+))?/.exec(text)?.[1]?.length ?? 0;

/**
 * The decimals a forecast F is shown with (evaluation-rules.md §6, our reading): as many as
 * fmtNumber writes and at least as many as the target is written with (0.020 against `<0.020`,
 * not 0.02), and more where the number so rounded would fall on the other side of the target
 * from F itself (0.01987 meets `<0.020`; 0.020 would not, so it is shown 0.0199). `meets` is the
 * engine's judgement of F, `judge` the same judgement of another value (gradeIndicator's metAt).
 */
export function forecastDecimals(value: number, target: string, meets: boolean, judge: (v: number) => boolean): number {
  let d = Math.max(decimalsIn(fmtNumber(value)), decimalsIn(target));
  while (d < 12 && judge(Number(value.toFixed(d))) !== meets) d++;
  return d;
}
