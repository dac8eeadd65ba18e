/** Whole days from `asOf` to `deadline` (ISO dates, YYYY-MM-DD), negative when the deadline is past. */
export function daysLeft(asOf: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86400000);
}
