import type { Issue, IssueCode } from "./Issue";

/**
 * The issues that belong to the plan's row, not to a return's value: a unit read from the name
 * (unit_inferred, unit_unknown) and a direction read from the series (direction_inferred). Every
 * return of the template gets them alike and no county can fix them, so they flag no row
 * (isFlagged), and `check`, `summary`'s 问题清单 and `review` say them once as the plan's
 * (a trial's 18 lines over 6 counties, each 待审核; evaluation-rules §3a rule 4, our reading).
 */
export const PLAN_ISSUES: readonly IssueCode[] = ["unit_inferred", "unit_unknown", "direction_inferred"];

/** Whether `issue` is the plan's own (PLAN_ISSUES), the same in every return of its template. */
export function isPlanIssue(issue: Pick<Issue, "code">): boolean {
  return PLAN_ISSUES.includes(issue.code);
}
