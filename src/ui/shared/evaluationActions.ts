/**
 * 生成评估 over OfficeActions: read the workbook, plan the 评估 sheet (evaluationPlan.ts) and
 * write it, in one Excel.run where the host can (two syncs), as 生成汇总 does. No DOM here.
 * A refusal is written in `lang`, the pane's or the ribbon dialog's language.
 */
import { openWorkbookEvaluation } from "./evaluationPlan";
import type { Lang } from "./i18n";
import type { OfficeActions } from "./OfficeActions";
import { writeFromOpenWorkbook, type WriteOutcome } from "./summaryActions";

export async function makeEvaluation(a: OfficeActions, lang: Lang): Promise<WriteOutcome> {
  return writeFromOpenWorkbook(a, openWorkbookEvaluation, lang);
}
