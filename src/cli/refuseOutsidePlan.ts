import type { Template } from "../templates/TemplateSchema";
import { describePeriodProblem, periodProblems } from "../templates/periodProblems";
import type { Lang } from "./fileMessages";
import { UsageError } from "./UsageError";
import { isYearlyPlan } from "../domain/isYearlyPlan";

/**
 * `template`, `distribute` and `rollover` write no workbook for a reporting year outside a template's plan
 * period: throws a UsageError naming the first such template, in `lang`. For `rollover` to a year after the
 * period, it also says how the new period's forms are made (distribute --from), since rollover stays within
 * a period (a trial's 十四五 return rolled to 2026 was told only to import the next table).
 */
export function refuseOutsidePlan(templates: readonly Template[], year: number, lang: Lang, task?: "rollover"): void {
  const outside = periodProblems(templates, year)[0];
  if (!outside) return;
  const yearly = isYearlyPlan(outside.from, outside.to);
  const next = task === "rollover" && outside.code === "year_outside_plan" && year > outside.to
    ? (lang === "en"
      ? `, then distribute the ${yearly ? "next year's plan" : "new plan"}'s forms with distribute --from <the ${yearly ? "next year's plan" : "new plan"}'s template.json> --year ${year}; rollover stays within a ${yearly ? "yearly plan" : "plan period"}`
      : yearly ? `，再用 distribute --from <下一年度计划的模板.json> --year ${year} 下发下一年度计划的填报表；rollover 只在同一年度计划内换年度` : `，再用 distribute --from <新规划的模板.json> --year ${year} 下发新规划的填报表；rollover 只在同一规划期内换年度`)
    : "";
  throw new UsageError(`${describePeriodProblem(outside, lang)}${next}${lang === "en" ? "; no workbook written" : "；未生成工作簿"}`);
}
