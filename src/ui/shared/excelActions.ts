import type { CellToClear, SheetToDrop } from "../../hosts/office/refreshPlan";
import type { GridWorkbook } from "../../sheet/Grid";
import { parseTemplateMark } from "../../sheet/keys";
import { ownFormulaColumns } from "../../sheet/ownFormulaColumns";
import { plannedFormulaColumns } from "../../sheet/plannedFormulaColumns";
import type { WorkbookPlan } from "../../sheet/SheetPlan";
import type { Fix } from "./Fix";
import type { FixRefusal, FixesRefused } from "./FixesRefused";
import { fixRefusalText } from "./fixRefusalText";
import type { ApplyOutcome, ExistingSheet, OfficeActions } from "./OfficeActions";

/** The Office.js host functions (src/hosts/office) the task pane calls, one Excel.run each. */
export interface OfficeHost {
  /** `knownSheets`: the sheet names read in this same Excel.run, to save a sync */
  applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, knownSheets?: readonly string[]): Promise<ApplyOutcome>;
  /** refreshes the plan's template sheets in place (found by their names), keeping entered values but the cells `clear` names; deletes the sheet `drop` names (refreshPlan's opts.drop) */
  refreshPlan(context: Excel.RequestContext, plan: WorkbookPlan, clear?: readonly CellToClear[], drop?: SheetToDrop): Promise<ApplyOutcome>;
  /**
   * `sheetNames`: the sheets expected (from the last read), so the read is one sync; `formulaColumns`:
   * each template sheet's visible own formula columns from the last read (ownFormulaColumns), read with
   * the values below ExcelApi 1.9 (ReadOptions.formulaColumns)
   */
  readWorkbookGrid(context: Excel.RequestContext, sheetNames?: readonly string[], formulaColumns?: Readonly<Record<string, readonly number[]>>): Promise<GridWorkbook>;
  /** the fixes refused (a cell changed since the check), coded (fixRefusalText words them) */
  applyFixes(context: Excel.RequestContext, fixes: Fix[]): Promise<{ refused: FixRefusal[] }>;
  /** writes the plan, its sheet `old` replacing the existing sheet of that name; `knownSheets` as in applyPlan */
  replaceSheet(context: Excel.RequestContext, plan: WorkbookPlan, old: string | readonly string[], knownSheets?: readonly string[]): Promise<ApplyOutcome>;
}

/**
 * Where the sheet names of the last read are kept between runtimes (the ribbon's function
 * file starts afresh each time). Only a hint: a stale one costs a sync, never a wrong read.
 */
export interface SheetHint {
  get(): string[] | undefined;
  set(names: string[]): void;
  /** the template sheets' status and progress columns of the last read (ownFormulaColumns), by sheet name */
  getColumns?(): Record<string, number[]> | undefined;
  setColumns?(columns: Record<string, number[]>): void;
}

/** OfficeActions over Excel.run: one Excel.run per action. */
export function excelActions(host: OfficeHost, hint?: SheetHint): OfficeActions {
  // the sheets seen by the last read: a hint that makes the next read a single sync
  let lastSheets: string[] | undefined = hint?.get();
  // and their status and progress columns: below ExcelApi 1.9 their formulas are read in that same sync
  let lastColumns: Record<string, number[]> = hint?.getColumns?.() ?? {};
  const read = async (context: Excel.RequestContext): Promise<GridWorkbook> => {
    const grid = await host.readWorkbookGrid(context, lastSheets, lastColumns);
    lastSheets = grid.sheets.map((x) => x.name);
    lastColumns = {};
    for (const s of grid.sheets) {
      const cols = ownFormulaColumns(s);
      if (cols.length > 0) lastColumns[s.name] = cols;
    }
    hint?.setColumns?.(lastColumns);
    hint?.set(lastSheets);
    return grid;
  };
  // 载入: a new workbook's sheets written, or the existing ones refreshed in place
  const applyIn = async (context: Excel.RequestContext, plan: WorkbookPlan, refresh: readonly string[], clear?: readonly CellToClear[], drop?: SheetToDrop): Promise<ApplyOutcome> => {
    if (refresh.length === 0) return host.applyPlan(context, plan);
    // sheets that exist are refreshed in place; any other template sheet is added
    const isNew = (sh: WorkbookPlan["sheets"][number]): boolean => sh.role === "template" && !refresh.includes(sh.name);
    const refreshed = await host.refreshPlan(context, { ...plan, sheets: plan.sheets.filter((sh) => !isNew(sh)) }, clear, drop);
    // a sheet deleted leaves the hint: the next read would look for it and take two more syncs
    const dropped = refreshed.dropped;
    if (dropped !== undefined && lastSheets) {
      lastSheets = lastSheets.filter((n) => n !== dropped);
      hint?.set(lastSheets);
    }
    if (!plan.sheets.some(isNew)) return refreshed;
    const added = await host.applyPlan(context, { ...plan, sheets: plan.sheets.filter((sh) => isNew(sh) || sh.role !== "template") });
    return { refused: [...refreshed.refused, ...added.refused], ...(dropped === undefined ? {} : { dropped }) };
  };
  // the workbook's sheets as just listed: as good a hint as a read's
  const listed = (names: string[]): void => {
    lastSheets = names;
    hint?.set(names);
  };
  // the template sheets just written: their status and progress columns are the plan's, so the next read (校验 after 载入) is one sync below ExcelApi 1.9 too
  const written = (plan: WorkbookPlan, refused: ApplyOutcome["refused"]): void => {
    const out = new Set(refused.map((x) => x.sheet));
    let changed = false;
    for (const sh of plan.sheets) {
      const cols = out.has(sh.name) ? [] : plannedFormulaColumns(sh);
      if (cols.length === 0) continue;
      lastColumns = { ...lastColumns, [sh.name]: cols };
      changed = true;
    }
    if (changed) hint?.setColumns?.(lastColumns);
  };
  return {
    sheets: () => Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.load("items/name");
      await context.sync();
      const marks = ws.items.map((s) => {
        const r = s.getRange("A2");
        r.load("values");
        return r;
      });
      await context.sync();
      listed(ws.items.map((s) => s.name));
      return ws.items.map((s, i): ExistingSheet => ({ name: s.name, templateId: parseTemplateMark(marks[i]?.values[0]?.[0]) }));
    }),
    apply: (plan, refresh, clear, drop) => Excel.run(async (context) => {
      const outcome = await applyIn(context, plan, refresh, clear, drop);
      written(plan, outcome.refused);
      // the sheets written join the hint (a refused name is a sheet already there)
      if (lastSheets) listed([...lastSheets, ...plan.sheets.map((x) => x.name).filter((n) => !lastSheets?.includes(n))]);
      return outcome;
    }),
    sheetNames: () => Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.load("items/name");
      await context.sync();
      listed(ws.items.map((s) => s.name));
      return ws.items.map((s) => s.name);
    }),
    replace: (plan, old) => Excel.run((context) => host.replaceSheet(context, plan, old)),
    readGrid: () => Excel.run(read),
    readAndApply: (build) => Excel.run(async (context) => {
      // one Excel.run: read the workbook, plan from it, write; the read's sheet list saves the write's first sync
      const grid = await read(context);
      const planned = build(grid);
      if (!planned.ok) return planned;
      const names = grid.sheets.map((x) => x.name);
      const r = planned.replace === undefined ? await host.applyPlan(context, planned.plan, names) : await host.replaceSheet(context, planned.plan, planned.replace, names);
      // the sheets just written join the hint, so the next read (生成审核表 again) is one sync
      const refused = new Set(r.refused.map((x) => x.sheet));
      lastSheets = [...names, ...planned.plan.sheets.map((x) => x.name).filter((n) => !refused.has(n) && !names.includes(n))];
      hint?.set(lastSheets);
      return { ok: true, refused: r.refused };
    }),
    select: (sheet, cell) => Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    }),
    applyFixes: (fixes: Fix[]) => Excel.run(async (context) => {
      const r = await host.applyFixes(context, fixes);
      if (r.refused.length > 0) throw fixesRefused(r.refused);
    }),
    // ExcelApi 1.1: the text as shown, so a percent cell reads as `95%` and a date as written
    selectedRangeText: () => Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load(["address", "text"]);
      await context.sync();
      return { address: range.address, text: range.text.map((row) => row.map((c) => String(c))) };
    }),
  };
}

/** The rejection of applyFixes when fixes were refused: coded, so the pane words it in its language (hostErrorText). */
function fixesRefused(refused: FixRefusal[]): FixesRefused {
  return Object.assign(new Error(refused.map((r) => fixRefusalText(r, "zh")).join("；")), { code: "fixes_refused" as const, refused });
}
