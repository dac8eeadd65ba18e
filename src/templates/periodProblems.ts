import { isYearlyPlan } from "../domain/isYearlyPlan";
import { nextPlanSteps } from "../domain/nextPlanSteps";
import { firstReportingYear } from "./firstReportingYear";
import { planPeriodText } from "./planPeriodText";
import type { Template } from "./TemplateSchema";

/**
 * Why a template cannot make a return for a reporting year (issue 14): the year lies outside
 * the plan period (baselineYear–targetYear, as `plan-returns templates` lists it; for an
 * indicator table the years after baselineYear), or the
 * plan's own yearly target years do. Such a return would have no column to type into.
 */
export interface PeriodProblem {
  code: "year_outside_plan" | "yearly_target_outside_plan";
  template: string;
  title: string;
  /** the plan period, baselineYear and targetYear */
  from: number;
  to: number;
  /** the reporting year asked for, or the first yearly target year outside the period */
  year: number;
  /** another template of those asked about has the same title: the line names the id to tell them apart */
  twin?: true;
  /** a project or reform list's (its next year's plan is a list too: nextPlanSteps names it); absent for an indicator table */
  kind?: "projects" | "reforms";
}

/** The period problems of each template for `year`, in template order; [] when all fit. */
export function periodProblems(templates: readonly Template[], year: number): PeriodProblem[] {
  const out: PeriodProblem[] = [];
  for (const t of templates) {
    const twin = templates.some((o) => o !== t && o.id !== t.id && o.title === t.title);
    const base = { template: t.id, title: t.title, from: t.baselineYear, to: t.targetYear, ...(twin ? { twin: true as const } : {}), ...(t.kind === "indicators" ? {} : { kind: t.kind }) };
    if (t.kind === "indicators") {
      const outside = t.yearlyTargetYears.find((y) => y < t.baselineYear || y > t.targetYear);
      if (outside !== undefined) { out.push({ code: "yearly_target_outside_plan", ...base, year: outside }); continue; }
    }
    // an indicator table's baseline year is no reporting year; a project or reform list's years are its own
    const first = firstReportingYear(t);
    if (year < first || year > t.targetYear) out.push({ code: "year_outside_plan", ...base, year });
  }
  return out;
}

/**
 * The first template's year_outside_plan when `year` is outside the plan period of every
 * template (a workbook of two plans may span two periods); undefined when one plan takes it.
 * `check --year` and `report --year` refuse such a year (exit 1).
 */
export function outsideEveryPlan(templates: readonly Template[], year: number): PeriodProblem | undefined {
  const outside = periodProblems(templates, year).filter((p) => p.code === "year_outside_plan");
  return templates.length > 0 && outside.length === templates.length ? outside[0] : undefined;
}

/**
 * One line for a period problem, in Chinese or English. The plan is named by its title, and by its
 * template id too only when another template shares the title (`twin`): the id is ours, not the
 * planner's. A year after the plan's last year says what comes next: the period ended, the last
 * year's return and its report are the final evaluation (期末评估), and the next period's table is
 * to be imported (a trial at 2026 got only 不在规划期内, with the internal id). A yearly plan (isYearlyPlan) has no
 * 规划期 nor 期末评估: the year after it is the next year's plan, to be imported (trV). For `rollover`, the
 * next steps go on to distribute the new plan's forms, for the task pane's "workbook" (a workbook holding another
 * year's return) they say a new blank workbook (nextPlanSteps, the words' one home). A year up to the
 * baseline year says to use the previous plan's (yearly plan's) form, and the baseline year that it is the plan's baseline.
 */
export function describePeriodProblem(p: PeriodProblem, lang: "zh" | "en", task?: "rollover" | "workbook"): string {
  const period = planPeriodText(p.from, p.to, lang);
  const after = p.code === "year_outside_plan" && p.year > p.to;
  // a year up to the baseline is the previous plan's to report (a trial's 十五五 return checked for 2025, its
  // baseline year, was told only 不在规划期内); only an indicator table refuses its baseline year (periodProblems)
  const before = p.year <= p.from;
  const yearly = isYearlyPlan(p.from, p.to);
  if (lang === "en") {
    const name = `"${p.title}"${p.twin ? ` (${p.template})` : ""}`;
    if (after && yearly) return `${name} is the yearly plan of ${p.to} (baseline ${p.from}); reporting year ${p.year} is outside it: the report on the ${p.to} returns is that plan's evaluation; ${nextPlanSteps(p, lang, task)}`;
    if (after) return `${name} covers the plan period ${period}, which ended in ${p.to}; reporting year ${p.year} is outside it: the report on the ${p.to} returns is the plan's final evaluation (期末评估); ${nextPlanSteps(p, lang, task)}`;
    return p.code === "year_outside_plan"
      ? `${name} covers the plan period ${period}; reporting year ${p.year} is outside it${before ? `${p.year === p.from ? ` (${p.year} is the plan's baseline year: its baseline values are in the template and are not reported)` : ""}: for ${p.year}, use the form of the previous ${yearly ? "yearly plan" : "plan period"} (the one that holds ${p.year})` : ""}`
      : `${name} has a yearly target for ${p.year}, outside its plan period ${period}`;
  }
  const name = `「${p.title}」${p.twin ? `(${p.template}) ` : ""}`;
  if (after && yearly) return `${name}是 ${p.to} 年的年度计划（基期 ${p.from} 年），报告年份 ${p.year} 不在其中：${p.to} 年的填报及其评估报告即为该年度计划的评估；${nextPlanSteps(p, lang, task)}`;
  if (after) return `${name}的规划期为 ${period}，已于 ${p.to} 年结束，报告年份 ${p.year} 不在规划期内：${p.to} 年的填报及其评估报告即为期末评估；${nextPlanSteps(p, lang, task)}`;
  return p.code === "year_outside_plan"
    ? `${name}的规划期为 ${period}，报告年份 ${p.year} 不在规划期内${before ? `${p.year === p.from ? `（${p.year} 年是本规划的基期年，基期值已写在模板中，不另填报）` : ""}：${p.year} 年度的填报请用上一个${yearly ? "年度计划" : "规划期"}（含 ${p.year} 年的那一个）的填报表` : ""}`
    : `${name}有 ${p.year} 年的逐年目标，超出规划期 ${period}`;
}
