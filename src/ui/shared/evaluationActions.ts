/**
 * 生成评估 over OfficeActions: read the workbook, plan the 评估 sheet (evaluationPlan.ts) and
 * write it, in one Excel.run where the host can (two syncs), as 生成汇总 does. No DOM here.
 * A refusal is written in `lang`, the pane's or the ribbon dialog's language; `changes`, the
 * changes since the lock of a locked return, for the pane to name (lockedChangesNote).
 */
import type { LockedChange } from "../../cycle/lockedChanges";
import type { GridWorkbook } from "../../sheet/Grid";
import { openWorkbookEvaluation } from "./evaluationPlan";
import type { Lang } from "./i18n";
import type { OfficeActions } from "./OfficeActions";
import { writeFromOpenWorkbook, type WriteOutcome } from "./summaryActions";

export type EvaluationOutcome = Exclude<WriteOutcome, { ok: true }> | (Extract<WriteOutcome, { ok: true }> & { changes: LockedChange[] });

export async function makeEvaluation(a: OfficeActions, lang: Lang): Promise<EvaluationOutcome> {
  let changes: LockedChange[] = [];
  const planned = (grid: GridWorkbook): ReturnType<typeof openWorkbookEvaluation> => {
    const out = openWorkbookEvaluation(grid);
    if (out.ok) changes = out.lockChanges;
    return out;
  };
  const out = await writeFromOpenWorkbook(a, planned, lang);
  return out.ok ? { ...out, changes } : out;
}
