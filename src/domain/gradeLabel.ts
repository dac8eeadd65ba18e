import type { Lang } from "./describeIssue";
import { GRADE_LABELS, GRADE_LABELS_EN, type Grade } from "./Grade";

/** What a row not achieved at the end of its plan is called (§6, our reading). */
export const NOT_ACHIEVED_LABEL = { zh: "未完成", en: "Not achieved" } as const;

/**
 * A grade as the report's tables and lines say it (evaluation-rules.md §6, our reading). Before the
 * plan's last year, its label. At or after it (`ended`), nothing is early, ahead or on schedule any
 * more: a row graded and not 已实现 is 未完成, the word of the paragraph and the 预警 list, so the
 * 分领域 lines, the 附表 and the county grid never call it 滞后于预期 beside them.
 */
export function gradeLabel(grade: Grade, ended: boolean, lang: Lang = "zh"): string {
  if (ended && grade !== "achieved" && grade !== "not_graded") return NOT_ACHIEVED_LABEL[lang];
  return (lang === "zh" ? GRADE_LABELS : GRADE_LABELS_EN)[grade];
}
