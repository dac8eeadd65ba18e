import type { OutsidePlan } from "../domain/UnusableReason";
import { describePeriodProblem, type PeriodProblem } from "../templates/periodProblems";
import { labelColon } from "../domain/labelColon";

/**
 * The one line `summary` and `report` refuse with when --year is outside a return's plan period, named alone
 * or every return of the folder so (`file：--year 2030：「…」的规划期为…已于 2025 年结束…`): from the plan's
 * PeriodProblem, or from an `outside_plan` file's OutsidePlan.
 */
export function yearOutsidePlanLine(file: string, p: PeriodProblem | OutsidePlan, lang: "zh" | "en"): string {
  const problem: PeriodProblem = "code" in p ? p : { code: "year_outside_plan", template: "", title: p.title, from: p.from, to: p.to, year: p.year };
  const sep = labelColon(lang);
  return `${file}${sep}--year ${problem.year}${sep}${describePeriodProblem(problem, lang)}`;
}
