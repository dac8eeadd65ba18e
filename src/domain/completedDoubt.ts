import type { Issue } from "./Issue";

/**
 * A 累计完成投资 check read as a number yet doubts (evaluation-rules §4, our reading): `scale`, far beyond the total
 * (project_completed_scale, 万元 typed in an 亿元 list? `issue.suggestion` is C / 10000), or `date`, a number that reads
 * as a date (2024.6: project_completed_date as a warning, or project_completed_scale with params.dateYear / dateMonth;
 * no suggestion). Its status stays the one the number computes (the sheet's formula agrees), but no grade or sum may
 * rest on it.
 */
export interface CompletedDoubt {
  kind: "scale" | "date";
  issue: Issue;
}

/**
 * The one home of which projects report and summary withhold as 数值待核实 (§4, our reading): the doubt on the row's
 * 累计完成投资 among its check issues, or null. A date check refuses (text, a date style: an error) is 数据异常, no doubt.
 */
export function completedDoubt(issues: readonly Issue[]): CompletedDoubt | null {
  for (const issue of issues) {
    const dated = issue.params?.["dateYear"] !== undefined || issue.params?.["dateMonth"] !== undefined;
    if (issue.code === "project_completed_scale") return { kind: dated ? "date" : "scale", issue };
    if (issue.code === "project_completed_date" && issue.severity === "warning") return { kind: "date", issue };
  }
  return null;
}
