import { GRADE_CODES, GRADE_LABELS } from "./Grade";
import { NOT_ACHIEVED_LABEL } from "./gradeLabel";

/**
 * The grade columns of a table of counts (the docx's 各填报单位评估结果汇总, the 县区对比 COUNTIF rows),
 * in the report's order, as `gradeLabel` says them: every row's plan ended → 已实现, 未完成, 未能评估;
 * none ended → the six grades; some (plans ending in different years) → the six and 未完成.
 */
export function shownGradeLabels(rows: ReadonlyArray<{ ended: boolean }>): string[] {
  const all = GRADE_CODES.map((g) => GRADE_LABELS[g]);
  const ended = rows.filter((r) => r.ended).length;
  if (ended === 0) return all;
  if (ended === rows.length) return [GRADE_LABELS.achieved, NOT_ACHIEVED_LABEL.zh, GRADE_LABELS.not_graded];
  return [...all.slice(0, -1), NOT_ACHIEVED_LABEL.zh, GRADE_LABELS.not_graded];
}
