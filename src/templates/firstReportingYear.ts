import type { Template } from "./TemplateSchema";

/**
 * The first year a plan's return can be made for; its last is the target year. An indicator table's baseline
 * year is no reporting year (its values are the template's baseline, and its return has no column for it: a
 * trial's `check --year 2020` read 54 rows 不适用), while a project or reform list's years are its own (§4, §5).
 * The one home of the rule for periodProblems and the task pane's 填报年度 (onlyReportingYear).
 */
export function firstReportingYear(t: Pick<Template, "kind" | "baselineYear">): number {
  return t.kind === "indicators" ? t.baselineYear + 1 : t.baselineYear;
}
