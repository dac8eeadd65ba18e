import { isYearlyPlan } from "../domain/isYearlyPlan";

/**
 * The year's words of an evaluation's title, in the report (`report`: 2025 年实施情况期末评估报告, after the plans' names)
 * and on a return's 评估 sheet (`sheet`: 2025 年规划指标实施情况期末评估, after the unit). In the plans' last year (every
 * indicator's plan ends in `year`, none a yearly plan) it is the 期末评估 (trial26b: the 十四五 final evaluation was
 * titled as any other year's; trial39e F6: the .xlsx sheet still was, beside the .docx's 期末). The one home of these words.
 */
export function evaluationTitleWords(year: number, items: ReadonlyArray<{ baselineYear: number; targetYear: number }>, where: "report" | "sheet"): string {
  const final = items.length > 0 && items.every((i) => i.targetYear === year && !isYearlyPlan(i.baselineYear, i.targetYear));
  const term = final ? "期末" : "";
  return where === "report" ? `${year} 年实施情况${term}评估报告` : `${year} 年规划指标实施情况${term}评估`;
}
