import { englishCount } from "../domain/englishCount";
import type { PlanImportResult } from "./importPlanTable";

/** What the template holds, counted: `12 个指标`, `4 个项目`, `22 项改革` / `12 indicators`, `4 projects`, `22 reforms`. */
export function itemsRead(result: Extract<PlanImportResult, { ok: true }>, lang: "zh" | "en"): string {
  const t = result.template;
  if (t.kind === "indicators") return lang === "en" ? englishCount(t.indicators.length, "indicator") : `${t.indicators.length} 个指标`;
  if (t.kind === "projects") return lang === "en" ? englishCount(t.projects.length, "project") : `${t.projects.length} 个项目`;
  return lang === "en" ? englishCount(t.reforms.length, "reform") : `${t.reforms.length} 项改革`;
}
