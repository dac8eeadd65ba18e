/**
 * The reporting years a rollover passes over: those after the return's own year `from` and before the year `to` it
 * is rolled over to, ascending (a 2022 return rolled over to 2024 skips 2023, whose return was never received).
 * [] when `to` is the next year, or not later (rolling back: rollReturn's rolled_back says that).
 */
export function yearsSkipped(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from + 1; y < to; y++) years.push(y);
  return years;
}
