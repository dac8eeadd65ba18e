import type { WorkbookPlan } from "../../sheet/SheetPlan";
import { applyPlan, type ApplyResult } from "./applyPlan";
import type { OfficeHostOptions } from "./OfficeHostOptions";

/**
 * Replaces one sheet of ours (the 审核 sheet) by the plan's sheet of the same name, in the
 * caller's Excel.run: the old sheet is renamed out of the way in the first request, the new
 * one written, and the old one deleted in the same request as the last writes, so that it
 * goes only when the new sheet is there. If the write fails, the old sheet gets its name back
 * (one more sync). Two syncs, as applyPlan; one when `opts.knownSheets` gives the sheet
 * names read earlier in the same Excel.run (the ribbon's 生成审核表: read + replace, two syncs).
 */
export async function replaceSheet(context: Excel.RequestContext, plan: WorkbookPlan, old: string, opts: OfficeHostOptions = {}): Promise<ApplyResult> {
  if (!plan.sheets.some((s) => s.name === old)) throw new Error(`计划中没有工作表「${old}」`);
  const temp = `~plan-returns-old-${Date.now().toString(36)}`.slice(0, 31);
  const ws = context.workbook.worksheets.getItem(old);
  ws.name = temp;
  // sheet names read in this Excel.run: the rename is queued first, so `old` is free for the new sheet
  const known = opts.knownSheets?.map((n) => (n === old ? temp : n));
  let result: ApplyResult;
  try {
    result = await applyPlan(context, plan, { ...opts, ...(known ? { knownSheets: known } : {}), beforeLastSync: (r) => { if (r.written.includes(old)) ws.delete(); } });
  } catch (e) {
    await restore(context, ws, old);
    throw e;
  }
  if (!result.written.includes(old)) {
    await restore(context, ws, old);
    result.syncs++;
  }
  return result;
}

async function restore(context: Excel.RequestContext, ws: Excel.Worksheet, old: string): Promise<void> {
  try {
    ws.name = old;
    await context.sync();
  } catch {
    // the old sheet stays under its temporary name, with its decisions: nothing is lost
  }
}
