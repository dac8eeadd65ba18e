/**
 * The plan behind 生成评估: the 评估 sheet (evaluation-rules §6) for the open workbook, as a
 * pure function over the grid the host read, so the pane, the ribbon and the tests share it.
 * Clicked again, it replaces its own 评估 while unchanged since it wrote it; a 评估 a person made
 * or edited is kept and the new sheet takes a free name (评估(2) …), `kept` saying why (placeOwnSheets).
 * Refuses a workbook that cannot be checked (workbook_not_checked) or has nothing to grade
 * (nothing_to_evaluate: no indicator, project or reform), as a coded problem. A list of reforms only
 * is evaluated as `report` evaluates it (§5: its paragraph counts them by status). A locked return changed since is graded on its
 * values as they are now and `lockChanges` names each change, as `report` does for the file (its 评估 sheet's paragraph too).
 */
import { changesSinceLock } from "../../cycle/changesSinceLock";
import type { LockedChange } from "../../cycle/lockedChanges";
import { sha256Hex } from "../../cycle/sha256Hex";
import { checkGrid, readMeta } from "../../sheet/checkGrid";
import { combineEvaluations } from "../../sheet/combineEvaluations";
import { evaluateReturn } from "../../sheet/evaluateReturn";
import { evaluationWorkbookPlan } from "../../sheet/evaluationSheets";
import type { EvaluationReport } from "../../sheet/EvaluationReport";
import type { GridWorkbook } from "../../sheet/Grid";
import { returnSetProblem } from "../../sheet/ReturnSetProblem";
import { OPEN_WORKBOOK, placeOwnSheets, type PlanOutcome } from "./summaryPlans";

/** `evaluation`: the report the sheet shows, for the pane to say what it found (evaluationOutcome) */
export type EvaluationPlan = Exclude<PlanOutcome, { ok: true }> | (Extract<PlanOutcome, { ok: true }> & { lockChanges: LockedChange[]; evaluation: EvaluationReport });

export function openWorkbookEvaluation(grid: GridWorkbook): EvaluationPlan {
  const r = checkGrid(grid);
  if (!r.ok) return { ok: false, problem: returnSetProblem("workbook_not_checked", { problem: r.problem }) };
  const m = readMeta(grid);
  const templates = m && !("error" in m) ? m.templates : [];
  const ret = evaluateReturn(grid, r.report, templates, OPEN_WORKBOOK);
  if (ret.items.length === 0 && ret.projects.length === 0 && ret.reforms.length === 0) return { ok: false, problem: returnSetProblem("nothing_to_evaluate", {}) };
  // a plain checkGrid report is graded, as report grades it; the lock is read on a copy (changesSinceLock), and the 评估
  // sheet's paragraph says the changes as report's does (writtenParagraph)
  const lockChanges = changesSinceLock(grid, r.report, sha256Hex);
  // the open workbook is the person's own, not a return received: its paragraph does not open 收到空表，按未报。 as a
  // report of returns received does (ABSENT_UNIT_WORDS.paragraph); it says 未填报任何数值 as the pane's line does
  const own = { ...ret };
  delete own.blank;
  const c = combineEvaluations([lockChanges.length ? { ...own, lockChanges } : own]);
  if (!c.ok) return c;
  return { ...placeOwnSheets("evaluation", evaluationWorkbookPlan(c.report, "values"), grid), lockChanges, evaluation: c.report };
}
