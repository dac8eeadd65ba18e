import type { Target } from "./Target";
import type { Unit } from "./Unit";
import { isChangeName } from "./unitBounds";

// a change counted from a named year (单位GDP能耗较2020年下降, 比2020年提高) or over the period (累计下降)
// builds up over the years: met early is reached early, not a yearly rate
const FROM_A_YEAR = /([较比]\d{4}年?|累计)/;
// a rate a plan holds under a ceiling each year, not one it moves toward (城镇调查失业率 <5.5 or 5.5以内, written in
// the 十四五 纲要's 年均 column: a trial's 5.0 in 2026 read 提前实现)
const HELD_EACH_YEAR = /失业率/;
// words that ask for a level or a total by a year (到2025年翻一番, 〔15〕, 五年…): a words target so written is no yearly rate
const BY_THE_END = /(\d{4}年|累计|翻[一两]番|[〔［[]|五年|期末)/;

/**
 * Whether a row's target is a yearly rate (evaluation-rules §6, our reading): a % row whose name says
 * a change from the year before (§2's change words, `isChangeName`: 地区生产总值增长, 居民收入增速,
 * 居民消费价格涨幅, 研发经费投入年均增长) and whose target is one number a year must meet (≥8, 6左右,
 * 6以上, 6), not a period total (〔13.5〕) nor a change counted from a named year (较2020年下降).
 * So is a rate the plan holds each year (HELD_EACH_YEAR: 城镇调查失业率 <5.5).
 * Such a target is met again or not each year; meeting it in one year is no plan achieved early.
 * A words target on such a row (保持在合理区间, 高于GDP增长, 与GDP增长基本同步) is one too, for a
 * reviewer's 人工评估 of the year: unless its words name a year or a total (到2025年翻一番, 累计, 〔〕).
 */
export function isYearlyRate(name: string, unit: Unit, target: Target): boolean {
  if (unit.unitClass !== "percent") return false;
  if (!(isChangeName(name) || HELD_EACH_YEAR.test(name)) || FROM_A_YEAR.test(name)) return false;
  if (target.kind === "text" || target.kind === "compound") return !BY_THE_END.test(target.text);
  return target.kind === "floor" || target.kind === "ceiling" || target.kind === "approximate" || target.kind === "point";
}
