import { planPeriodText } from "./planPeriodText";
import type { Template } from "./TemplateSchema";

/**
 * Why a template cannot make a return for a reporting year (issue 14): the year lies outside
 * the plan period (baselineYear–targetYear, as `plan-returns templates` lists it), or the
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
}

/** The period problems of each template for `year`, in template order; [] when all fit. */
export function periodProblems(templates: readonly Template[], year: number): PeriodProblem[] {
  const out: PeriodProblem[] = [];
  for (const t of templates) {
    const base = { template: t.id, title: t.title, from: t.baselineYear, to: t.targetYear };
    if (t.kind === "indicators") {
      const outside = t.yearlyTargetYears.find((y) => y < t.baselineYear || y > t.targetYear);
      if (outside !== undefined) { out.push({ code: "yearly_target_outside_plan", ...base, year: outside }); continue; }
    }
    if (year < t.baselineYear || year > t.targetYear) out.push({ code: "year_outside_plan", ...base, year });
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

/** One line for a period problem, in Chinese or English. */
export function describePeriodProblem(p: PeriodProblem, lang: "zh" | "en"): string {
  if (lang === "en") {
    return p.code === "year_outside_plan"
      ? `"${p.title}" (${p.template}) covers the plan period ${planPeriodText(p.from, p.to, "en")}; reporting year ${p.year} is outside it`
      : `"${p.title}" (${p.template}) has a yearly target for ${p.year}, outside its plan period ${planPeriodText(p.from, p.to, "en")}`;
  }
  return p.code === "year_outside_plan"
    ? `「${p.title}」(${p.template}) 的规划期为 ${planPeriodText(p.from, p.to, "zh")}，报告年份 ${p.year} 不在规划期内`
    : `「${p.title}」(${p.template}) 有 ${p.year} 年的逐年目标，超出规划期 ${planPeriodText(p.from, p.to, "zh")}`;
}
