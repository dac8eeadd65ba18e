import type { Template } from "../templates/TemplateSchema";
import { describePeriodProblem, periodProblems } from "../templates/periodProblems";
import type { Lang } from "./fileMessages";
import { UsageError } from "./UsageError";

/**
 * `template` and `distribute` write no workbook for a reporting year outside a template's plan
 * period: throws a UsageError naming the first such template, in `lang`.
 */
export function refuseOutsidePlan(templates: readonly Template[], year: number, lang: Lang): void {
  const outside = periodProblems(templates, year)[0];
  if (outside) throw new UsageError(`${describePeriodProblem(outside, lang)}${lang === "en" ? "; no workbook written" : "；未生成工作簿"}`);
}
