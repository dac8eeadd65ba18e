/**
 * Whether a plan is a yearly plan (年度计划): its target year is the year after its baseline year
 * (`2025年预计完成 | 2026年计划`, a title's `2026年…计划` read with the year before as baseline). The one
 * place that decides it: a yearly plan has no 规划期 and no 期末评估, so the report and the refusal of
 * a year after it say 年度计划 and 下一年度的计划 (evaluation-rules §6, our reading).
 */
export function isYearlyPlan(baselineYear: number, targetYear: number): boolean {
  return targetYear - baselineYear === 1;
}
