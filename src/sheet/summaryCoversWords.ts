import type { Lang } from "../domain/describeIssue";
import { englishCount } from "../domain/englishCount";

/**
 * The units a summary workbook covers (its 汇总范围, cycle/summaryScope), as every line that names them says it:
 * 汇总了定海区、普陀区（2 个单位） / covers 定海区, 普陀区 (2 units). The one home of the wording: `check` of the
 * summary (describeWorkbookProblem, not_plan_returns) and `summary`/`report` passing it over among returns
 * (cli/unusableFileLine) alike.
 */
export function summaryCoversWords(covers: readonly string[], lang: Lang): string {
  return lang === "en" ? `covers ${covers.join(", ")} (${englishCount(covers.length, "unit")})` : `汇总了${covers.join("、")}（${covers.length} 个单位）`;
}
