import { describeWorkbookProblem } from "../../sheet/describeWorkbookProblem";
import { summaryCoversWords } from "../../sheet/summaryCoversWords";
import type { WorkbookProblem } from "../../sheet/WorkbookProblem";
import { t, type Lang } from "./i18n";

/**
 * Why the open workbook cannot be checked (校验) or summarized (生成汇总, 生成审核表, 生成评估: their
 * `workbook_not_checked`), as the pane and the ribbon's dialog say it. A workbook with no return sheets
 * (a blank one, the usual first click: no metadata and no 填报单位 on a cover) is told what to do first
 * (加载模板; a reporting unit's return is opened, not checked from here) instead of 不是规划指标填报工作簿（未找到
 * 插件元数据）; a summary or the 报送台账 (`own`, cycle/ownWorkbookProblem) is told it is one, with the units
 * a summary covers, as `check` says it, and to open a reporting unit's return instead; a return's sheet copied into a
 * new workbook (its mark kept, `copied`) is told so, as `check` says it (trial43b F3); every other problem keeps
 * its own text (describeWorkbookProblem). Kept off describeReturnSetProblem so that the pane's first
 * bundle does not carry it.
 */
export function openWorkbookProblemText(problem: WorkbookProblem, lang: Lang): string {
  if (problem.code === "not_plan_returns" && problem.params.own === "summary") {
    const covers = problem.params.covers ? summaryCoversWords(problem.params.covers.split("\n"), lang) : "";
    return t(lang, "msg.ownSummary", covers ? { covers } : {});
  }
  if (problem.code === "not_plan_returns" && problem.params.own === "ledger") return t(lang, "msg.ownLedger");
  // a return's sheet copied into a new workbook (`copied`: its mark kept, no cover) is told so, as `check` tells it
  if (problem.code === "not_plan_returns" && !problem.params.unit && !problem.params.copied) return t(lang, "msg.noReturnSheets");
  return describeWorkbookProblem(problem, lang);
}
