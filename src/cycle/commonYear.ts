/**
 * The reporting year a set of returns is summed (evaluated) as when no --year is given: the year
 * most of them give, each its own cover's, so one county's last-year form does not set the year for
 * the seven that sent this year's (a trial's summary took the first file's 2023 and blamed the 2024
 * ledger). A tie is settled by `tieBreak` (the ledger's year) when it is one of the tied years;
 * otherwise `tied` lists the tied years, ascending, for the command to ask for --year. `years` empty: null.
 */
export function commonYear(years: readonly number[], tieBreak?: number): { year: number } | { tied: number[] } | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  if (most === 0) return null;
  const top = [...counts].filter(([, n]) => n === most).map(([y]) => y).sort((a, b) => a - b);
  if (top.length === 1) return { year: top[0]! };
  return tieBreak !== undefined && top.includes(tieBreak) ? { year: tieBreak } : { tied: top };
}
