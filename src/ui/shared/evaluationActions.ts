/**
 * 生成评估 over OfficeActions: read the workbook, plan the 评估 sheet (evaluationPlan.ts) and
 * write it, in one Excel.run where the host can (two syncs), as 生成汇总 does. No DOM here.
 * A refusal is written in `lang`, the pane's or the ribbon dialog's language; `changes`, the
 * changes since the lock of a locked return, for the pane to name (lockedChangesNote).
 */
import type { LockedChange } from "../../cycle/lockedChanges";
import type { GridWorkbook } from "../../sheet/Grid";
import { openWorkbookEvaluation } from "./evaluationPlan";
import type { Lang, LangText } from "./i18n";
import type { EvaluationReport } from "../../sheet/EvaluationReport";
import { EVALUATION_SHEET } from "../../sheet/evaluationSheets";
import { evaluationOutcome } from "./evaluationOutcome";
import type { OfficeActions } from "./OfficeActions";
import { writeFromOpenWorkbook, type WriteOutcome } from "./summaryActions";

/** `found`: what the evaluation found, in a language (evaluationOutcome), "" when nothing to say */
export type EvaluationOutcome = Exclude<WriteOutcome, { ok: true }> | (Extract<WriteOutcome, { ok: true }> & { changes: LockedChange[]; found: LangText });

export async function makeEvaluation(a: OfficeActions, lang: Lang): Promise<EvaluationOutcome> {
  let changes: LockedChange[] = [];
  let evaluation: EvaluationReport | undefined;
  const planned = (grid: GridWorkbook): ReturnType<typeof openWorkbookEvaluation> => {
    const out = openWorkbookEvaluation(grid);
    if (out.ok) { changes = out.lockChanges; evaluation = out.evaluation; }
    return out;
  };
  const out = await writeFromOpenWorkbook(a, planned, lang);
  if (!out.ok) return out;
  // the sheet written (评估, or 评估(2) beside one a person edited) is where each row is given
  const sheet = out.sheets[0] ?? EVALUATION_SHEET;
  return { ...out, changes, found: (l) => (evaluation ? evaluationOutcome(evaluation, sheet, l) : "") };
}
