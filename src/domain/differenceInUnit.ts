import { ENGLISH_TERMS } from "./ENGLISH_TERMS";
import { englishCount } from "./englishCount";
import type { Lang } from "./describeIssue";
import { unitAfterNumber } from "./unitAfterNumber";

/**
 * A difference between two values of a row, said in the row's own unit: a % row's in points (4.2 个百分点,
 * 4.2 percentage points), a ‰ row's in per-mille points (4.2 个千分点), any other unit as after a number (15000 万元,
 * 9 岁, 0.3 for a ratio). Never a share of something the reader cannot see: a trial's 「-1.2 低于目标 140%」 on a ‰ row
 * read as the target or as points. `n` is the amount as written (no sign). The one home of it for the report's paces,
 * check's distance from a 左右 target and a jump in points against last year (evaluation-rules §3, §6, §8a).
 */
export function differenceInUnit(n: string, unit: string, lang: Lang): string {
  if (unit === "%" || unit === "‰") {
    return lang === "zh" ? `${n} ${unit === "%" ? "个百分点" : "个千分点"}` : englishCount(n, ENGLISH_TERMS[unit === "%" ? "百分点" : "千分点"]);
  }
  return `${n}${unitAfterNumber(unit)}`;
}
