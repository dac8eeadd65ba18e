import { decimalFixed } from "./decimalFixed";
import { digitsApart } from "./digitsApart";
import { planDecimals } from "./planDecimals";

/**
 * How the paces said together (needed per year against achieved per year so far, §6) are written:
 * each to the plan's own precision (planDecimals, `plan` the baseline and target as written), rounded
 * as decimalFixed rounds, no trailing zeros; where the two would print alike yet differ, every pace of
 * the clause gets the fewest more decimals that tell them apart (digitsApart, at most MORE_DIGITS_MAX
 * more), so a 〔15〕 万人 row needing 2.95 a year after 3.03 a year reads "需年均完成 2.95 万人，此前年均完成
 * 3.03 万人", never 3 and 3 (trial F8: the reader could not tell which was larger). Paces equal once
 * float noise is dropped (12 significant digits: −0.002 and −0.0019999999999999996) stay alike, and so
 * do paces closer than MORE_DIGITS_MAX more decimals show: the same pace as the plan is written.
 * `pair`: the paces said together (null: none). Returns the writer of one pace of the clause.
 */
export function pacePairNumber(plan: readonly string[], pair: readonly (number | null)[]): (v: number) => string {
  const own = (v: number): number => planDecimals(v, plan);
  const write = (v: number, d: number): string => Number(decimalFixed(v, d)).toString();
  const [a, b] = pair.filter((v): v is number => v !== null && Number.isFinite(v));
  let apart = 0;
  if (a !== undefined && b !== undefined && write(a, own(a)) === write(b, own(b))) {
    const clean = (v: number): number => Number(v.toPrecision(12));
    apart = digitsApart(clean(a), clean(b), Math.max(own(a), own(b)), (v, d) => Number(decimalFixed(v, d))) ?? 0;
  }
  return (v) => write(v, Math.max(own(v), apart));
}
