import { describeReturnSetProblem } from "../../sheet/describeReturnSetProblem";
import type { ReturnSetProblem } from "../../sheet/ReturnSetProblem";
import { t, type Lang } from "./i18n";

/**
 * Why the open workbook cannot be checked (校验: its WorkbookProblem given as `workbook_not_checked`)
 * or summarized (生成汇总, 生成审核表, 生成评估), as the pane says it. A workbook with no return sheets
 * (a blank one, the usual first click: no metadata and no 填报单位 on a cover) is told what to do first
 * (加载模板; a county's return is opened, not checked from here) instead of 不是规划指标填报工作簿（未找到
 * 插件元数据）; every other problem keeps its own text (describeReturnSetProblem).
 */
export function openWorkbookProblemText(problem: ReturnSetProblem, lang: Lang): string {
  if (problem.code === "workbook_not_checked") {
    const own = problem.params.problem;
    if (own.code === "not_plan_returns" && !own.params.unit) return t(lang, "msg.noReturnSheets");
  }
  return describeReturnSetProblem(problem, lang);
}
