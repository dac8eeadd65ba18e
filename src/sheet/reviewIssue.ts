import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "../domain/Status";
import type { CheckItem } from "./CheckReport";
import { rowIssueText } from "./rowIssueText";
import { flagReason } from "./flagReason";
import { ASSESSMENT_TO_CONFIRM, gradedByAssessment } from "./gradedByAssessment";

/**
 * A 审核 row's 问题: what `check`'s 问题 says of the row (rowIssueText: 倒退（1.62 对基期 1.85） where the value went
 * backwards, 未填报（序时应达 11.3） where the row is blank and has a 序时应达, then its messages, a message said of several cells once, after them; the cells named when they are not
 * the row's 位置 `cell` alone); a row flagged by its status alone says the status; "" for a row not flagged with nothing
 * to say. An indicator 待人工评估 also says where its verdict goes (flagReason, the summary's
 * words: 由审核人员在「人工评估」列评估): a 审核结论 of 通过 there grades nothing; a project or reform row 待人工评估 says
 * that its 审核结论 concludes it (the list has no 人工评估 column; trial40c F9). A row graded by its 人工评估 asks
 * the reviewer to confirm that conclusion (ASSESSMENT_TO_CONFIRM: the filer can fill that column too, trial35 X1). `zh` is the sheet's
 * column (the workbook stays Chinese); `en` is the same words from the same issues (their
 * messageEn), for the pane's list in English. The plan's own issues (isPlanIssue: a unit read from the name)
 * are left out, as check and 校验 leave them out of a row (trial35 TP8: K6's 问题 began with one).
 */
export function reviewIssue(item: Pick<CheckItem, "issues" | "status" | "kind" | "target" | "progress" | "expected" | "expectedValue" | "value" | "baseline" | "lines" | "cumulative"> & Partial<Pick<CheckItem, "expectedStrict">> & { note?: string }, cell: string, flagged: boolean, lang: "zh" | "en", year: number): string {
  // a lagging row says how far behind, as check's 进度/序时 and the summary's list do (flagReason: 进度 34.0%，低于序时进度
  // 80.0%; trial42a F6: 问题 said 严重滞后 alone), first; a progress gone backwards says so in rowIssueText's words, and a
  // row with no progress says why in its own issue (无基期值…), else the reason stands alone, below
  const behind = (item.status === "lagging" || item.status === "severe") && item.progress !== null && item.progress >= 0 && item.expected !== null ? flagReason(item, year, lang) : null;
  const issues = [behind, rowIssueText(item, cell, lang)].filter(Boolean).join(lang === "zh" ? "；" : "; ");
  // a conclusion in 人工评估 the reviewer is asked to confirm (gradedByAssessment), unless a warning already says it
  const assess = item.status === "manual" ? flagReason(item, year, lang)
    : gradedByAssessment(item) && !item.issues.some((i) => i.code === "assessment_unsupported") ? ASSESSMENT_TO_CONFIRM[lang](item.status) : null;
  if (issues) return assess ? `${issues}${lang === "zh" ? "；" : "; "}${assess}` : issues;
  if (assess) return assess;
  // a lagging row with no progress and nothing else to say says why, as the summary's 问题清单 (未达到目标…，无法计算进度)
  const lagging = item.status === "lagging" || item.status === "severe" ? flagReason(item, year, lang) : null;
  return flagged ? lagging ?? (lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN)[item.status as Status] : "";
}
