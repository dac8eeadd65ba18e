import { dateText } from "../domain/dateText";

/**
 * A date option (`--deadline`, `--as-of`) as ISO YYYY-MM-DD: the date shapes people type
 * (2025/1/31, 2025.1.31, 2025-1-31, 2025年1月31日; dateText, their one home) are taken as the
 * date they name; anything else is passed on as typed, for deadlineProblem to refuse by name.
 */
export function isoDateOption(v: string): string {
  const d = dateText(v.trim());
  if (!d || d.year === null || d.month === null || d.day === null) return v;
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
