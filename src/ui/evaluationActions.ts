/**
 * 生成评估 over OfficeActions: read the workbook, plan the 评估 sheet (evaluationPlan.ts) and
 * write it, in one Excel.run where the host can (two syncs), as 生成汇总 does. No DOM here.
 */
import { openWorkbookEvaluation } from "./evaluationPlan";
import type { OfficeActions } from "./OfficeActions";
import type { WriteOutcome } from "./summaryActions";

export async function makeEvaluation(a: OfficeActions): Promise<WriteOutcome> {
  if (a.readAndApply) {
    let sheets: string[] = [];
    const r = await a.readAndApply((grid) => {
      const out = openWorkbookEvaluation(grid);
      if (out.ok) sheets = out.plan.sheets.map((s) => s.name);
      return out;
    });
    if (!r.ok) return r;
    if (r.refused.length > 0) return { ok: false, message: r.refused.map((x) => x.message).join("；") };
    return { ok: true, sheets };
  }
  const out = openWorkbookEvaluation(await a.readGrid());
  if (!out.ok) return out;
  const r = await a.apply(out.plan, []);
  if (r.refused.length > 0) return { ok: false, message: r.refused.map((x) => x.message).join("；") };
  return { ok: true, sheets: out.plan.sheets.map((s) => s.name) };
}
