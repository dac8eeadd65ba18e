import { commandPlaceholder } from "./commandPlaceholder";
import { isYearlyPlan } from "./isYearlyPlan";

/** What the plan's table is called, by its template's kind. */
const TABLE_WORDS = {
  zh: { indicators: "指标表", projects: "项目清单", reforms: "改革清单" },
  en: { indicators: "indicator table", projects: "project list", reforms: "reform list" },
} as const;

/**
 * What to do for a reporting year after a plan ended (`year` > `to`; the plan's baseline year `from`), in `lang`:
 * import the next period's (a yearly plan: the next year's plan's) indicator table first (a project or reform list,
 * `kind`: that list); for `rollover`, then
 * distribute its forms with `distribute --from`, since rollover stays within a plan period. The one home of these
 * words: the refusal of a single file (template, distribute, rollover, report: describePeriodProblem) and the
 * line of a folder's file that `rollover` passes over (UnusableReason's outside_plan) say them alike (a trial's
 * folder line pointed to a template.json not yet made, without the import step). `task` "workbook": the task pane
 * refusing the year in a workbook that holds another year's return (the ended plan's last one): the new return goes
 * in a new blank workbook, imported there, or is the form the administrator sent — an import into this workbook is
 * refused again, one workbook being one year's return (trial42c F1: the pane's advice to import sent a person round).
 * Example: `2026 年起请先导入下一个规划期的指标表（命令行 import，或任务窗格的“导入”）`.
 */
export function nextPlanSteps(p: { from: number; to: number; year: number; kind?: "projects" | "reforms" | undefined }, lang: "zh" | "en", task?: "rollover" | "workbook"): string {
  const yearly = isYearlyPlan(p.from, p.to);
  // a project or reform list is followed by the next year's list, not an indicator table (trial40c F13)
  const table = TABLE_WORDS[lang][p.kind ?? "indicators"];
  if (task === "workbook") {
    const next = lang === "en" ? (yearly ? `the ${table} of the next year's plan` : `the next plan period's ${table}`) : yearly ? `下一年度计划的${table}` : `下一个规划期的${table}`;
    return lang === "en"
      ? `the ${p.year} return goes in a new blank workbook: open one, and in its task pane use Import to read and load ${next} (or open the ${p.year} return form sent to you); keep this workbook`
      : `${p.year} 年度的填报请另用一个新建的空白工作簿：在其中打开任务窗格，用“导入”页读取、载入${next}（或打开下发给您的 ${p.year} 年度填报表）；本工作簿请保留`;
  }
  if (lang === "en") {
    const first = yearly
      ? `for ${p.year}, import the ${table} of the next year's plan first (import on the command line, or Import in the task pane)`
      : `for ${p.year} on, import the next plan period's ${table} first (import on the command line, or Import in the task pane)`;
    const plan = yearly ? "next year's plan" : "new plan";
    return task === "rollover" ? `${first}, then distribute the ${plan}'s forms with distribute --from ${commandPlaceholder(`the ${plan}'s template.json`)} --year ${p.year}; rollover stays within a ${yearly ? "yearly plan" : "plan period"}` : first;
  }
  const first = yearly
    ? `${p.year} 年请先导入下一年度计划的${table}（命令行 import，或任务窗格的“导入”）`
    : `${p.year} 年起请先导入下一个规划期的${table}（命令行 import，或任务窗格的“导入”）`;
  if (task !== "rollover") return first;
  return yearly
    ? `${first}，再用 distribute --from ${commandPlaceholder("下一年度计划的模板.json")} --year ${p.year} 下发下一年度计划的填报表；rollover 只在同一年度计划内换年度`
    : `${first}，再用 distribute --from ${commandPlaceholder("新规划的模板.json")} --year ${p.year} 下发新规划的填报表；rollover 只在同一规划期内换年度`;
}
