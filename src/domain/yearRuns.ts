/**
 * Years as runs, a run of consecutive years by its ends: [2021, 2022, 2023, 2025] → "2021—2023、2025" (zh: dash "—",
 * sep "、"; en: "–", ", "). Order and repeats of `years` do not matter.
 */
export function yearRuns(years: readonly number[], dash: string, sep: string): string {
  const runs: Array<[number, number]> = [];
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}${dash}${b}`)).join(sep);
}
