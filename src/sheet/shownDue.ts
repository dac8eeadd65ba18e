/**
 * 序时应达 as the 审核 sheet shows it: two decimals, and three significant digits below 1
 * (0.596 beside a target of 0.60 — two decimals made it 0.6, the target itself).
 */
export function shownDue(n: number): string {
  const digits = n === 0 || !Number.isFinite(n) ? 2 : Math.min(10, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(n)))));
  return String(Number(n.toFixed(digits)));
}
