import type { WorkbookPlan } from "../../sheet/SheetPlan";
import { applyPlan, type ApplyResult } from "./applyPlan";
import type { OfficeHostOptions } from "./OfficeHostOptions";

/**
 * Replaces sheets of ours (the 审核 sheet; 汇总 and 问题清单 of an earlier 生成汇总) by the
 * plan's sheets of the same names, in the caller's Excel.run: each old sheet is renamed out of
 * the way in the first request, the new ones written, and each old one deleted in the same
 * request as the last writes, only when its new sheet was written. If the write fails, the old
 * sheets get their names back (one more sync). Two syncs, as applyPlan; one when
 * `opts.knownSheets` gives the sheet names read earlier in the same Excel.run (the ribbon's
 * 生成审核表: read + replace, two syncs). A name of `old` the plan has no sheet of is dropped: deleted in the
 * same request, only when every replaced sheet was written (a summary's 汇总范围 its new set no longer has).
 * Each new sheet takes its old one's place in the tab order
 * (Worksheet.position, ExcelApi 1.1): from `knownSheets`, which lists the sheets in that order,
 * else loaded with the first request; no sync more.
 */
export async function replaceSheet(context: Excel.RequestContext, plan: WorkbookPlan, old: string | readonly string[], opts: OfficeHostOptions = {}): Promise<ApplyResult> {
  const all = typeof old === "string" ? [old] : [...old];
  const olds = all.filter((o) => plan.sheets.some((s) => s.name === o));
  // a sheet of the set with no planned sheet of its name (汇总范围 of a summary that no longer needs one)
  const dropped = all.filter((o) => !olds.includes(o));
  if (olds.length === 0) throw new Error(`计划中没有工作表「${all.join("」「")}」`);
  const drops = dropped.map((d) => {
    const ws = context.workbook.worksheets.getItem(d);
    const at = opts.knownSheets?.indexOf(d);
    if (at === undefined) ws.load("position");
    return { ws, at };
  });
  const stamp = Date.now().toString(36);
  const moved = olds.map((o, i) => {
    const temp = `~plan-returns-old-${i}-${stamp}`.slice(0, 31);
    const ws = context.workbook.worksheets.getItem(o);
    ws.name = temp;
    // where it stands: the names read in this Excel.run are in tab order; else read with applyPlan's first sync
    const at = opts.knownSheets?.indexOf(o);
    if (at === undefined) ws.load("position");
    return { old: o, temp, ws, at };
  });
  const place = (m: (typeof moved)[number]): number => m.at ?? m.ws.position;
  // sheet names read in this Excel.run: the renames are queued first, so the old names are free for the new sheets
  const known = opts.knownSheets?.map((n) => moved.find((m) => m.old === n)?.temp ?? n);
  let result: ApplyResult;
  try {
    result = await applyPlan(context, plan, { ...opts, ...(known ? { knownSheets: known } : {}), beforeLastSync: (r) => {
      const written = moved.filter((m) => r.written.includes(m.old));
      for (const m of written) m.ws.delete();
      // dropped only with the whole set replaced: else the old set stays as it was (its sheets get their names back)
      const whole = written.length === moved.length;
      if (whole) for (const d of drops) d.ws.delete();
      // a new sheet is added last: each goes to where its old one stood (trial32p: 审核 moved to the end), set after
      // the deletes and in tab order, so that every earlier sheet is already where it will stay
      // a dropped sheet that stood before a replaced one moves it up by one
      const gone = (at: number): number => (whole ? drops.filter((d) => (d.at ?? d.ws.position) < at).length : 0);
      for (const m of written.filter((x) => place(x) >= 0).sort((x, y) => place(x) - place(y))) context.workbook.worksheets.getItem(m.old).position = place(m) - gone(place(m));
    } });
  } catch (e) {
    await restore(context, moved);
    throw e;
  }
  const unwritten = moved.filter((m) => !result.written.includes(m.old));
  if (unwritten.length > 0) {
    await restore(context, unwritten);
    result.syncs++;
  }
  return result;
}

async function restore(context: Excel.RequestContext, moved: ReadonlyArray<{ old: string; ws: Excel.Worksheet }>): Promise<void> {
  try {
    for (const m of moved) m.ws.name = m.old;
    await context.sync();
  } catch {
    // the old sheets stay under their temporary names, with what they held: nothing is lost
  }
}
