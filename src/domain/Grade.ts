/**
 * Evaluation grades (evaluation-rules.md §6), the words national mid-term and annual reviews use.
 * Order matters: it is the order of the report's paragraph, tables and counts.
 */
export const GRADE_CODES = ["achieved", "early", "ahead", "on_schedule", "behind", "not_graded"] as const;

export type Grade = (typeof GRADE_CODES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  early: "提前实现",
  achieved: "已实现",
  ahead: "快于预期",
  on_schedule: "基本符合预期",
  behind: "滞后于预期",
  not_graded: "未能评估",
};

export const GRADE_LABELS_EN: Record<Grade, string> = {
  early: "Achieved early",
  achieved: "Achieved",
  ahead: "Ahead of schedule",
  on_schedule: "Broadly on schedule",
  behind: "Behind schedule",
  not_graded: "Not graded",
};

export function emptyGradeCounts(): Record<Grade, number> {
  return { achieved: 0, early: 0, ahead: 0, on_schedule: 0, behind: 0, not_graded: 0 };
}
