import { importTable, type ImportOptions, type ImportResult } from "./importTable";
import { importList, type ListImportResult } from "./lists/importList";

/** What `import` makes of a plan's table: an indicator template (importTable) or a project or reform list's (importList). */
export type PlanImportResult = ImportResult | ListImportResult;

/**
 * `plan-returns import` and the task pane's 读取: a plan's indicator table read by importTable; a
 * table it finds to be a project or reform list (项目名称 / 改革名称 columns, no indicator header: its
 * `project-table` and `reform-table` refusals) read by importList into a projects or reforms template.
 * A paste holding an indicator table above a list keeps importTable's reading: the indicator table, the
 * list below it named as not loaded (`project-table`).
 */
export function importPlanTable(text: string, opts: ImportOptions = {}): PlanImportResult {
  const r = importTable(text, opts);
  if (r.ok || (r.code !== "project-table" && r.code !== "reform-table")) return r;
  return importList(text, opts);
}
