import type { Issue } from "./Issue";

/**
 * A project past its planned end year and not complete (evaluation-rules §4: `severe`, 逾期): the end year its
 * project_overdue warning gives, or null. The one reading of 逾期 for check's status mark (markedStatus), the report's
 * project line and the summary's 滞后与逾期项目 table, so none of them says it as a plain 滞后 (trial47a F5).
 */
export function overdueEnd(issues: readonly Pick<Issue, "code" | "params">[]): number | null {
  const end = issues.find((i) => i.code === "project_overdue")?.params?.["end"];
  const n = Number(end);
  return end === undefined || !Number.isFinite(n) ? null : n;
}
