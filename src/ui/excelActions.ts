import type { CellValue } from "../domain/CellValue";
import type { GridWorkbook } from "../sheet/Grid";
import { parseTemplateMark } from "../sheet/keys";
import type { WorkbookPlan } from "../sheet/SheetPlan";
import type { Fix } from "./Fix";
import type { ApplyOutcome, ExistingSheet, OfficeActions } from "./OfficeActions";

/** The Office.js host functions (src/hosts/office) the task pane calls, one Excel.run each. */
export interface OfficeHost {
  /** `knownSheets`: the sheet names read in this same Excel.run, to save a sync */
  applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, knownSheets?: readonly string[]): Promise<ApplyOutcome>;
  /** refreshes the plan's template sheets in place (found by their names), keeping entered values */
  refreshPlan(context: Excel.RequestContext, plan: WorkbookPlan): Promise<ApplyOutcome>;
  /** `sheetNames`: the sheets expected (from the last read), so the read is one sync */
  readWorkbookGrid?(context: Excel.RequestContext, sheetNames?: readonly string[]): Promise<GridWorkbook>;
  applyFixes?(context: Excel.RequestContext, fixes: Fix[]): Promise<ApplyOutcome>;
  /** writes the plan, its sheet `old` replacing the existing sheet of that name */
  replaceSheet?(context: Excel.RequestContext, plan: WorkbookPlan, old: string): Promise<ApplyOutcome>;
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return { type: "empty" };
  if (typeof v === "number") return { type: "number", value: v };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  const s = String(v);
  if (/^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/.test(s)) return { type: "error", code: s };
  return { type: "string", text: s };
}

function topLeft(address: string): { row: number; col: number } {
  const m = /!?\$?([A-Z]+)\$?(\d+)/.exec(address.split("!").pop() ?? "");
  if (!m || !m[1] || !m[2]) return { row: 1, col: 1 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Reads every sheet's used range and the workbook names: two syncs. Used when the host gives no reader. */
async function readGridFallback(context: Excel.RequestContext): Promise<GridWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value");
  await context.sync();
  const used = sheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("values,address");
    return r;
  });
  await context.sync();
  const grid: GridWorkbook = { sheets: [], names: {} };
  sheets.items.forEach((ws, i) => {
    const r = used[i];
    const rows: CellValue[][] = [];
    if (r && !r.isNullObject) {
      const tl = topLeft(r.address);
      r.values.forEach((vals, ri) => {
        rows[tl.row - 1 + ri] = [...Array<CellValue>(tl.col - 1).fill({ type: "empty" }), ...vals.map(toCell)];
      });
      for (let k = 0; k < rows.length; k++) if (!rows[k]) rows[k] = [];
    }
    grid.sheets.push({ name: ws.name, visible: ws.visibility === Excel.SheetVisibility.visible, rows });
  });
  for (const n of names.items) {
    const m = /^=?'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(String(n.value));
    if (m && m[1] && m[2] && m[3]) grid.names[n.name] = { sheet: m[1].replace(/''/g, "'"), ...topLeft(`${m[2]}${m[3]}`) };
  }
  return grid;
}

/** OfficeActions over Excel.run: one Excel.run per action. */
export function excelActions(host: OfficeHost): OfficeActions {
  // the sheets seen by the last read: a hint that makes the next read a single sync
  let lastSheets: string[] | undefined;
  const read = async (context: Excel.RequestContext): Promise<GridWorkbook> => {
    const grid = host.readWorkbookGrid ? await host.readWorkbookGrid(context, lastSheets) : await readGridFallback(context);
    lastSheets = grid.sheets.map((x) => x.name);
    return grid;
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
      return ws.items.map((s, i): ExistingSheet => ({ name: s.name, templateId: parseTemplateMark(marks[i]?.values[0]?.[0]) }));
    }),
    apply: (plan, refresh) => Excel.run(async (context) => {
      if (refresh.length === 0) return host.applyPlan(context, plan);
      // sheets that exist are refreshed in place; any other template sheet is added
      const isNew = (sh: WorkbookPlan["sheets"][number]): boolean => sh.role === "template" && !refresh.includes(sh.name);
      const refreshed = await host.refreshPlan(context, { ...plan, sheets: plan.sheets.filter((sh) => !isNew(sh)) });
      if (!plan.sheets.some(isNew)) return refreshed;
      const added = await host.applyPlan(context, { ...plan, sheets: plan.sheets.filter((sh) => isNew(sh) || sh.role !== "template") });
      return { refused: [...refreshed.refused, ...added.refused] };
    }),
    sheetNames: () => Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.load("items/name");
      await context.sync();
      return ws.items.map((s) => s.name);
    }),
    replace: (plan, old) => Excel.run(async (context) => {
      if (host.replaceSheet) return host.replaceSheet(context, plan, old);
      // without a host function: delete, then add in the same request (Excel runs a request in order)
      context.workbook.worksheets.getItem(old).delete();
      return host.applyPlan(context, plan);
    }),
    readGrid: () => Excel.run(read),
    readAndApply: (build) => Excel.run(async (context) => {
      // one Excel.run: read the workbook, plan from it, write; the read's sheet list saves the write's first sync
      const grid = await read(context);
      const planned = build(grid);
      if (!planned.ok) return planned;
      const r = await host.applyPlan(context, planned.plan, grid.sheets.map((x) => x.name));
      return { ok: true, refused: r.refused };
    }),
    select: (sheet, cell) => Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    }),
    applyFixes: (fixes: Fix[]) => Excel.run(async (context) => {
      if (host.applyFixes) {
        const r = await host.applyFixes(context, fixes);
        if (r.refused.length > 0) throw new Error(r.refused.map((x) => x.message).join("；"));
        return;
      }
      for (const f of fixes) context.workbook.worksheets.getItem(f.sheet).getRange(f.cell).values = [[f.to]];
      await context.sync();
    }),
  };
}
