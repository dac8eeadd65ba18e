import type { LockBlockers } from "./lockBlockers";

/**
 * How many errors keep a return from being locked, added up from the parts its words name (BLOCKER_WORDS):
 * 数据异常 rows, status cells typed over, other errors' cells, rows whose own formulas no longer compute
 * them (each sheet's `rows`), template sheets not found and cells changed since the lock. The ledger's 错误数 and
 * `summary --json` ledger[].errors are this number (summary's 退回改正 count is it less the cells changed since the lock,
 * chased apart for the reviewer: toPutRight), so the count and its breakdown come from one list
 * (trial s35 X5: "3 处（本工具的公式不再计算本行 10 行）" counted two status cells the words left out).
 */
export function blockerCount(b: LockBlockers): number {
  return b.invalid + b.overwritten.length + b.other.length + b.formulas.reduce((n, f) => n + f.rows, 0) + b.sheetsMissing.length + (b.changed?.length ?? 0);
}
