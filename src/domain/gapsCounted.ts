import type { Lang } from "./describeIssue";
import { yearRuns } from "./yearRuns";

/**
 * The blank years a cumulative total counts as 0, said once with the years together (evaluation-rules §3, our
 * reading): "2021—2023、2025 年未填报，按 0 计入累计", en "no value for 2021–2023, 2025, counted as 0 in the total".
 * The one home of these words: the report after a pace or a total (EVALUATION_WORDS.gapsCounted) and check's
 * `cumulative_gap`, one per row (trial40 F6: a row said 「2016 年未填报，按 0 计入累计」 once per year, four times).
 */
export function gapsCounted(years: readonly number[], lang: Lang): string {
  return lang === "zh" ? `${yearRuns(years, "—", "、")} 年未填报，按 0 计入累计` : `no value for ${yearRuns(years, "–", ", ")}, counted as 0 in the total`;
}
