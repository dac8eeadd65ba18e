import { decimalFixed } from "./decimalFixed";
import { planDecimals } from "./planDecimals";

/**
 * A figure as the report's sentences write it, a running total or a year's value as typed alike (evaluation-rules §6,
 * our reading, trial35 X7: 累计 6.3%（2022 年 3.3000000001%）): fmtNumber's precision (two decimals from 0.1 up, two
 * significant digits below), or the plan's own where it writes more (planDecimals of `plan`, the row's baseline and
 * target as written: 0.572 against `0.585` stays 0.572), and more again where the number so rounded would be one of
 * the plan's numbers (`marks`: the target's, the baseline's) that the value is not (0.5799 against `≥0.58` is 0.5799,
 * never 0.58, so the figure never reads as meeting a target it misses). No trailing zeros; rounded as decimalFixed
 * rounds. The 附表 and the 问题清单 keep the value as typed, for the reviewer.
 */
export function reportFigure(value: number, plan: readonly string[] = [], marks: ReadonlyArray<number | null> = []): string {
  if (!Number.isFinite(value)) return String(value);
  let d = Math.max(Math.abs(value) >= 0.1 ? 2 : 0, planDecimals(value, plan));
  const lands = (s: string): boolean => marks.some((m) => m !== null && Number(s) === m && Number(value.toPrecision(12)) !== m);
  while (d < 12 && lands(decimalFixed(value, d))) d++;
  const r = Number(decimalFixed(value, d));
  return (Object.is(r, -0) ? 0 : r).toString();
}
