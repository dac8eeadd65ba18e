import { parseA1 } from "../sheet/a1";

/**
 * Whether two cells (`sheet` and A1 `cell`) sit on the same row of the same sheet: an indicator's 人工评估 cell (UnassessedRow)
 * and its year's value cell (a 审核 row's 位置, OpenRow) are the one indicator. The one test by which `lock`'s note and the
 * pane's 审核 list tell which rows 待审核 are 待人工评估 too (trial46b F4: 46 in the list, 47 in lock's line).
 */
export function sameSheetRow(a: { sheet: string; cell: string }, b: { sheet: string; cell: string }): boolean {
  const row = (cell: string): number => parseA1(cell)?.row ?? -1;
  return a.sheet === b.sheet && row(a.cell) >= 0 && row(a.cell) === row(b.cell);
}
