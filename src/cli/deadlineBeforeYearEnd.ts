/**
 * A `--deadline` (YYYY-MM-DD, already a real date: deadlineProblem) that falls on or before the last day of the
 * reporting `year` (trial33 T9: --year 2024 --deadline 2024-01-31, almost surely 2025-01-31): its month and day in the
 * year after `year`, likely meant (29 February becomes the 28th where that year has none), to be said in one line (cycleMessages `deadline_early`), never
 * refused: an office may set an in-year date on purpose. Null for a deadline after the year.
 */
export function deadlineBeforeYearEnd(deadline: string, year: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (!m || deadline > `${year}-12-31`) return null;
  const next = year + 1;
  // 29 February of a year that has none
  const leap = next % 4 === 0 && (next % 100 !== 0 || next % 400 === 0);
  const day = m[2] === "02" && m[3] === "29" && !leap ? "28" : m[3] ?? "";
  return `${String(next).padStart(4, "0")}-${m[2] ?? ""}-${day}`;
}
