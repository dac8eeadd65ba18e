/**
 * The plan behind 生成评估: the 评估 sheet (evaluation-rules §6) for the open workbook, as a
 * pure function over the grid the host read, so the pane, the ribbon and the tests share it.
 * The sheet is new: under a free name (评估(2) …) when 评估 is taken, never overwriting.
 */
import { checkGrid, readMeta } from "../../sheet/checkGrid";
import { combineEvaluations } from "../../sheet/combineEvaluations";
import { evaluateReturn } from "../../sheet/evaluateReturn";
import { evaluationWorkbookPlan } from "../../sheet/evaluationSheets";
import type { GridWorkbook } from "../../sheet/Grid";
import { OPEN_WORKBOOK, withFreeNames, type PlanOutcome } from "./summaryPlans";

export function openWorkbookEvaluation(grid: GridWorkbook): PlanOutcome {
  const r = checkGrid(grid);
  if (!r.ok) return { ok: false, message: r.message };
  const m = readMeta(grid);
  const templates = m && !("error" in m) ? m.templates : [];
  const ret = evaluateReturn(grid, r.report, templates, OPEN_WORKBOOK);
  if (ret.items.length === 0 && ret.projects.length === 0) return { ok: false, message: "本工作簿没有可评估的指标或项目（评估报告只评估指标与项目）。" };
  const c = combineEvaluations([ret]);
  if (!c.ok) return c;
  return { ok: true, plan: withFreeNames(evaluationWorkbookPlan(c.report), grid.sheets.map((s) => s.name)) };
}
