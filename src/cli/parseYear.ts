import { UsageError } from "./UsageError";

/** The reporting year of a --year option: a whole number 2000–2100, else a UsageError. */
export function parseYear(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new UsageError(`--year 应为 2000–2100 之间的年份，实际为「${v}」`);
  return n;
}
