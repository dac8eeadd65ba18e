import type { Template } from "../templates/TemplateSchema";
import { describePeriodProblem, periodProblems } from "../templates/periodProblems";
import type { Lang } from "./fileMessages";
import { UsageError } from "./UsageError";

/**
 * `template`, `distribute` and `rollover` write no workbook for a reporting year outside a template's plan
 * period: throws a UsageError naming the first such template, in `lang`. For `rollover` to a year after the
 * period, it also says how the new period's forms are made (distribute --from; nextPlanSteps), since rollover
 * stays within a period (a trial's 十四五 return rolled to 2026 was told only to import the next table). `more`, said
 * before 未生成工作簿: what else the caller knows of the file (rollover: a list's rows the next year still needs).
 */
export function refuseOutsidePlan(templates: readonly Template[], year: number, lang: Lang, task?: "rollover", more?: string): void {
  const outside = periodProblems(templates, year)[0];
  if (!outside) return;
  throw new UsageError(`${describePeriodProblem(outside, lang, task)}${more ? `${lang === "en" ? "; " : "；"}${more}` : ""}${lang === "en" ? "; no workbook written" : "；未生成工作簿"}`);
}
