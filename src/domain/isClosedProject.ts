/**
 * 已撤并 / 已转型: a project closed on purpose (evaluation-rules §4: `not_applicable`, whatever its figures). The one home of
 * these states for check (evaluateProject), the report (已撤并（不再评估）), the summary (said apart, out of the investment sums)
 * and rollover's continuing rows.
 */
export const CLOSED_PROJECT_STATES: readonly string[] = ["已撤并", "已转型"];

/** Whether `state` (项目状态 as typed) closes the project for good. */
export function isClosedProject(state: string): boolean {
  return CLOSED_PROJECT_STATES.includes(state.trim());
}
