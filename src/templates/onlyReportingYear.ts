import { firstReportingYear } from "./firstReportingYear";
import type { Template } from "./TemplateSchema";

/**
 * The one year `plans` can be reported for, where each covers a single reporting year (its first,
 * firstReportingYear, is its target year: a yearly indicator plan, 2025年预计完成 | 2026年计划) and it is
 * the same for all; null where there is a year to choose (a five-year plan, a yearly list of 2023 and 2024)
 * or none. The task pane takes it as 填报年度 without asking (dev45d: 导入 › 载入 of a 2026 yearly plan asked
 * for the year, though 2026 was the only one it could take).
 */
export function onlyReportingYear(plans: ReadonlyArray<Pick<Template, "kind" | "baselineYear" | "targetYear">>): number | null {
  const years = new Set(plans.map((p) => (firstReportingYear(p) === p.targetYear ? p.targetYear : null)));
  const [year] = years;
  return years.size === 1 && year !== undefined ? year : null;
}
