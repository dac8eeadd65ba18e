/**
 * A sheet whose values for `year` look copied from `previous` (= year − 1) as a block (evaluation-rules §8h, check's
 * `previous_year_copied`, found by src/sheet/copiedPreviousYear.ts): of the `count` indicator rows with a number in
 * both years, `equal` hold the same value. The report says it beside its values to verify (§6, our reading).
 */
export interface CopiedYear {
  /** the worksheet's name, as the workbook gives it */
  sheet: string;
  year: number;
  previous: number;
  equal: number;
  count: number;
}

/**
 * The share of equal rows in percent to one decimal, rounded (11 of 12 → 91.7), but never to 100 while a row differs
 * (1999 of 2000 reads 99.9, not 100): 100% says every row is equal.
 */
export function copiedShare(c: Pick<CopiedYear, "equal" | "count">): number {
  if (c.count <= 0) return 0;
  const share = Math.round((c.equal / c.count) * 1000) / 10;
  return c.equal < c.count && share >= 100 ? 99.9 : share;
}
