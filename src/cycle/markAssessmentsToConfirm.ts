import { describeIssue } from "../domain/describeIssue";
import type { Issue } from "../domain/Issue";
import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { gradedByAssessment } from "../sheet/gradedByAssessment";
import { rowContents } from "../sheet/rowContents";
import { confirmedAssessments } from "./confirmedAssessments";

/**
 * Adds to `check`'s report an info issue `assessment_to_confirm` (params.status) on the 人工评估 cell of each row graded
 * by its 人工评估 (gradedByAssessment) that no 审核结论 in force confirms (confirmedAssessments: the report's own rule,
 * 有 1 项按人工评估结论评估，尚待审核确认). Where a warning already says it (assessment_unsupported: a conclusion with
 * nothing under it, which asks the reviewer to confirm it), that warning is marked instead (params.toConfirm 1), so the
 * row says it once and is counted alike (toConfirmByStatus). The column is the reviewer's but open to the filer, so the
 * status it gives is the reviewer's only once confirmed (evaluation-rules §3, our reading): check counted it silently
 * (trial44a F5), while review asked the reviewer to confirm it and the report said it awaited that. Info: it flags no
 * row (isFlagged), and lock refuses nothing for it. In place, as applyLock.
 */
export function markAssessmentsToConfirm(grid: GridWorkbook, report: CheckReport): void {
  const graded = report.items.filter((i) => gradedByAssessment(i) && !i.issues.some((x) => x.code === "assessment_to_confirm" || x.params?.["toConfirm"] !== undefined));
  if (graded.length === 0) return;
  const confirmed = confirmedAssessments(grid, report);
  const open = graded.filter((i) => !confirmed.has(`${i.template}|${i.id}`));
  const unsaid: typeof open = [];
  for (const item of open) {
    const warned = item.issues.find((x) => x.code === "assessment_unsupported");
    if (warned) warned.params = { ...warned.params, toConfirm: 1 };
    else unsaid.push(item);
  }
  if (unsaid.length === 0) return;
  // the 人工评估 cells, read for these rows only
  const contents = rowContents(grid, { ...report, items: unsaid });
  for (const item of unsaid) {
    const cell = contents.get(`${item.template}|${item.id}`)?.["assess"]?.cell;
    const issue: Issue = { code: "assessment_to_confirm", severity: "info", sheet: item.sheet, ...(cell === undefined ? {} : { cell }), params: { status: item.status } };
    item.issues.push({ ...issue, message: describeIssue(issue, "zh"), messageEn: describeIssue(issue, "en") });
  }
}
