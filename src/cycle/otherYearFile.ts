import { outsideEveryPlan } from "../templates/periodProblems";
import type { Template } from "../templates/TemplateSchema";
import type { UnusableFile } from "./UnusableFile";

/**
 * A return whose own reporting year (`own`, its cover's) is not the year summed or evaluated
 * (`asked`), as a file passed over (reason `other_year`): never graded as `asked` (a trial's 2023
 * form was summed as 2024 unseen). `cover`: its 填报单位 ("" when blank), by which withUnits names its
 * unit when the file name names none. `templates`, the plans it carries: when no period of them
 * holds `asked` (last period's 2025 return beside the new period's 2026 ones), reason `outside_plan`
 * with the plan named, since rolling it over (other_year's fix) cannot take it into another period. `chosen`: chosen in
 * the task pane, whose fix is the pane's way to another year, not rollover's command (OtherYear.chosen).
 */
export function otherYearFile(file: string, cover: string, own: number, asked: number, templates: readonly Template[] = [], chosen = false): UnusableFile {
  const outside = outsideEveryPlan(templates, asked);
  const unit = cover ? { cover } : {};
  if (outside) return { file, reason: "outside_plan", message: "", ...unit, period: { title: outside.title, from: outside.from, to: outside.to, own, year: asked, ...(outside.kind ? { kind: outside.kind } : {}) } };
  return { file, reason: "other_year", message: "", ...unit, years: { own, asked, ...(chosen ? { chosen: true as const } : {}) } };
}
