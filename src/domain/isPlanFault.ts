import type { Issue } from "./Issue";
import { isPlanIssue } from "./isPlanIssue";

/**
 * Whether `issue` is a fault of the plan's to tell whoever keeps the template: one of the plan's own
 * (isPlanIssue) that is not mere information. A unit left blank on purpose (unit_unknown, info: an index
 * has none, and import already said so once) is no fault: `check`'s and the pane's 规划模板的问题 line and
 * `summary`'s 问题清单 leave it out; `--json` still lists it, as info (trial37c F4, evaluation-rules §2, our reading).
 */
export function isPlanFault(issue: Pick<Issue, "code" | "severity">): boolean {
  return isPlanIssue(issue) && issue.severity !== "info";
}
