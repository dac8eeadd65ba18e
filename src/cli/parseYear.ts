import type { Lang } from "./fileMessages";
import { UsageError } from "./UsageError";

/** A year option (--year, or `option` such as --baseline-year): a whole number 2000–2100, else a UsageError in `lang`. */
export function parseYear(v: string, lang: Lang = "zh", option = "--year"): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) {
    throw new UsageError(lang === "en" ? `${option} should be a year from 2000 to 2100, found "${v}"` : `${option} 应为 2000–2100 之间的年份，实际为「${v}」`);
  }
  return n;
}
