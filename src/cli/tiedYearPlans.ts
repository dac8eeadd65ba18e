import { planPeriodText } from "../domain/planPeriodText";
import { planIdentity } from "../templates/planIdentity";
import type { Template } from "../templates/TemplateSchema";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The plan of each tied reporting year (`tied`, ascending) of `returns` (their own years and templates), in `lang`:
 * one year_plan line per plan of a year (its title and period; 期末 when the year is the plan's last), joined with
 * ；/"; ", for `years_tied` to say why the years are not summed together; undefined when the tied years' returns are
 * of one plan. Trial42c F3: a folder of 2025 十四五 and 2026 十五五 returns was refused naming only the years.
 */
export function tiedYearPlans(returns: ReadonlyArray<{ own: number; templates: ReadonlyArray<Pick<Template, "id" | "title" | "baselineYear" | "targetYear">> }>, tied: readonly number[], lang: Lang): string | undefined {
  const byYear = tied.map((year) => {
    const of = returns.filter((r) => r.own === year);
    const plans = [...new Map(of.flatMap((r) => r.templates).map((t) => [t.id, t])).values()];
    return { year, plans, identities: new Set(of.map((r) => planIdentity(r.templates.map((t) => t.id)))) };
  });
  const identities = new Set(byYear.flatMap((y) => [...y.identities]));
  if (identities.size < 2) return undefined;
  return byYear
    .flatMap(({ year, plans }) => plans.map((t) => cycleMessage("year_plan", { year, title: t.title, period: planPeriodText(t.baselineYear, t.targetYear, lang), ...(year === t.targetYear ? { final: 1 } : {}) }, lang)))
    .join(lang === "en" ? "; " : "；");
}
