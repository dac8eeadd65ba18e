import type { Target } from "./Target";
import type { Unit } from "./Unit";
import { isChangeName } from "./unitBounds";

// a change counted from a named year (单位GDP能耗较2020年下降, 比2020年提高) or over the period (累计下降)
// builds up over the years: met early is reached early, not a yearly rate
const FROM_A_YEAR = /([较比]\d{4}年?|累计)/;

/**
 * Whether a row's target is a yearly rate (evaluation-rules §6, our reading): a % row whose name says
 * a change from the year before (§2's change words, `isChangeName`: 地区生产总值增长, 居民收入增速,
 * 居民消费价格涨幅, 研发经费投入年均增长) and whose target is one number a year must meet (≥8, 6左右,
 * 6以上, 6), not a period total (〔13.5〕) nor a change counted from a named year (较2020年下降).
 * Such a target is met again or not each year; meeting it in one year is no plan achieved early.
 */
export function isYearlyRate(name: string, unit: Unit, target: Target): boolean {
  if (unit.unitClass !== "percent") return false;
  if (target.kind !== "floor" && target.kind !== "ceiling" && target.kind !== "approximate" && target.kind !== "point") return false;
  return isChangeName(name) && !FROM_A_YEAR.test(name);
}
