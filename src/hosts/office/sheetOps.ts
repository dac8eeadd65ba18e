import { STYLES } from "../../sheet/styles";
import type { PlannedSheet, PlannedValidation } from "../../sheet/SheetPlan";
import { cellKey, columnsAddress, consecutiveRuns, parseRect, rectAddress, rowsAddress, type Rect } from "./addressing";
import { cellBlocks, denseBlocks, MAX_BLOCK_BYTES, uniformRects, type CellBlock, type CellScalar } from "./cellBlocks";
import { addConditionalFormat, clearConditionalFormats, conditionalFormatBytes } from "./conditionalFormat";
import { applyPrint, printBytes } from "./pageLayout";
import { isInputCell, plannedCells } from "./plannedCells";
import { rangeBytes, requestBytes } from "./requestSize";
import { applyStyleSettings, columnWidthPoints } from "./styleFormat";
import { styleRects, type CellLookPlan } from "./styleRects";
import { toR1C1 } from "./toR1C1";
import { addPrompt, addSharedRule, addValidation, clearValidation, promptBytes, sharedRuleBytes, validationBytes } from "./validation";
import { addChart, chartBytes, hyperlinkWrites, setHyperlink } from "./linksAndCharts";

/** One unit of queued work on a sheet, with its estimated request bytes. */
export interface SheetOp {
  bytes: number;
  run(ws: Excel.Worksheet): void;
  /** refers to workbook names (报告年份): queue only once the names exist */
  needsNames?: true;
}

export interface SheetWork {
  /** in order: number formats, values, formulas, formats, layout, validations, conditional formats */
  ops: SheetOp[];
  /** page layout, queued after everything else (ExcelApi 1.9) */
  last: SheetOp[];
  /** input cells whose current value was kept (refresh only) */
  kept: number;
  /** input cells that held a value and are emptied (refresh with `clear` only) */
  cleared: number;
}

export interface SheetOpsOptions {
  printSupported: boolean;
  /** the request limit: no single write may take more than a quarter of it */
  maxRequestBytes?: number;
  /**
   * refresh an existing sheet: `current` gives the value now in a cell ("" when empty); `clear`
   * names the input cells not to keep (a change of year's 说明 and the like): emptied when they hold a value
   */
  refresh?: {
    current: (row: number, col: number) => unknown;
    clear?: (row: number, col: number) => boolean;
    /** the sheet was protected when read: each cell's locked state stays as it is (a `lock`ed return's input cells stay locked) */
    keepLocks?: boolean;
  };
}

/**
 * A range and one set. Office.js splits an array above 1,500 cells into row blocks, each a
 * bounding rectangle, a row range and a set (about six actions and paths: measured against
 * office.js in test/office/realRequestSize).
 */
function gridBytes(address: string, grid: Array<Array<CellScalar | null>>): number {
  const cells = grid.length * (grid[0]?.length ?? 0);
  const blocks = cells > 1500 ? Math.ceil(cells / 1500) : 0;
  return rangeBytes(address, 0, 1, grid) + requestBytes(6 * blocks);
}

type RangeProperty = "numberFormat" | "values" | "formulasR1C1";

function blockOp(prop: RangeProperty, b: CellBlock): SheetOp {
  const address = rectAddress(b);
  const value: unknown = b.kind === "scalar" ? b.value : b.grid;
  return {
    bytes: b.kind === "scalar" ? rangeBytes(address, 0, 1, b.value) : gridBytes(address, b.grid),
    run: (ws) => {
      const r = ws.getRange(address);
      // A single value applies to every cell of the range (Excel.Range docs); the typings say any[][].
      (r as unknown as Record<RangeProperty, unknown>)[prop] = value;
      r.untrack();
    },
  };
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

function sameValue(planned: string | number, current: unknown): boolean {
  return typeof planned === typeof current && planned === current;
}

/**
 * Everything that writes one planned sheet, as queued operations. Text is written under the
 * text number format "@", set before the values, so Excel never reads a planned string
 * (=, +, -, @, 1.55, 2020-2025, TRUE …) as a formula, number, date or boolean. Formulas go
 * through formulasR1C1, so a column of formulas that differ only by row is one write.
 *
 * With `refresh`, input cells that already hold a value are not written at all (but those
 * `refresh.clear` names, which are emptied), literals
 * already equal to the plan are not rewritten, and the planned validation and conditional
 * format ranges are cleared before their rules are added again (no duplicates).
 *
 * Planned links become Range.hyperlink (ExcelApi 1.7), planned charts native charts (1.1/1.7).
 */
export function sheetOps(sheet: PlannedSheet, opts: SheetOpsOptions): SheetWork {
  const cells = plannedCells(sheet);
  const numFmts = new Map<number, CellScalar>();
  const values = new Map<number, CellScalar>();
  const formulas = new Map<number, CellScalar>();
  const styles = new Map<number, CellLookPlan>();
  const refresh = opts.refresh;
  let kept = 0;
  let cleared = 0;

  for (const [k, c] of cells) {
    if (c.style !== undefined || c.fill !== undefined) {
      const figure = c.formula === undefined && typeof c.value === "number" && Number.isFinite(c.value) && !isInputCell(c);
      styles.set(k, { key: `${c.style ?? ""}|${c.fill ?? ""}`, style: c.style ? STYLES[c.style] : undefined, fill: c.fill, ...(figure ? { figure } : {}) });
    }
    const current = refresh?.current(c.row, c.col);
    if (refresh && isInputCell(c) && !isEmpty(current)) {
      // an input cell to clear goes on as a planned empty cell: written "" below
      if (refresh.clear?.(c.row, c.col)) cleared++;
      else { kept++; continue; }
    }
    const fmt = c.numFmt ?? (c.style ? STYLES[c.style].numFmt : undefined);
    if (c.formula !== undefined) {
      formulas.set(k, `=${toR1C1(c.formula, c.row, c.col)}`);
      if (fmt) numFmts.set(k, fmt);
      continue;
    }
    const v = typeof c.value === "number" && !Number.isFinite(c.value) ? null : c.value;
    // a refresh leaves a literal that is already right alone, its number format included:
    // at 5,000 rows rewriting them all would cost a third request
    if (typeof v === "string" && v !== "") {
      if (!refresh || !sameValue(v, current)) { numFmts.set(k, "@"); values.set(k, v); }
    } else if (typeof v === "number") {
      if (!refresh || !sameValue(v, current)) { if (fmt) numFmts.set(k, fmt); values.set(k, v); }
    } else {
      if (fmt) numFmts.set(k, fmt);
      if (refresh && !isEmpty(current)) values.set(k, "");
    }
  }

  const ops: SheetOp[] = [];
  // our own protected sheet takes our writes only while unprotected (protected again last)
  if (refresh && sheet.protect) ops.push({ bytes: requestBytes(2, "unprotect"), run: (ws) => ws.protection.unprotect() });
  const maxBlock = Math.min(MAX_BLOCK_BYTES, (opts.maxRequestBytes ?? Infinity) / 4);
  // a new sheet takes whichever writes cost fewer bytes; a refresh writes only the cells it must, per column (cellBlocks)
  const writes = (prop: RangeProperty, cells: ReadonlyMap<number, CellScalar>): SheetOp[] => {
    const sparse = cellBlocks(cells, maxBlock).map((b) => blockOp(prop, b));
    if (refresh) return sparse;
    const dense = denseBlocks(cells, maxBlock).map((b) => blockOp(prop, b));
    const bytes = (w: SheetOp[]): number => w.reduce((n, o) => n + o.bytes, 0);
    return bytes(dense) < bytes(sparse) ? dense : sparse;
  };
  ops.push(...writes("numberFormat", numFmts), ...writes("values", values));
  ops.push(...writes("formulasR1C1", formulas).map((o): SheetOp => ({ ...o, needsNames: true })));

  // a refresh renews rules and formulas; the look the user may have adjusted is left as it is
  for (const { address, settings, bytes } of refresh ? [] : styleRects(styles)) {
    ops.push({ bytes, run: (ws) => { const rg = ws.getRange(address); applyStyleSettings(rg, settings); rg.untrack(); } });
  }
  // links after the styles (a link sets the cell's text too, which is the planned value)
  for (const h of hyperlinkWrites(sheet)) ops.push({ bytes: h.bytes, run: (ws) => setHyperlink(ws, h.address, h.link) });
  ops.push(...layoutOps(sheet, refresh !== undefined));
  // charts are added once, with the sheet (a refresh would add a second one)
  if (!refresh) for (const c of sheet.charts ?? []) ops.push({ bytes: chartBytes(c), run: (ws) => addChart(ws, c) });
  ops.push(...validationOps(sheet, refresh !== undefined));
  ops.push(...conditionalFormatOps(sheet, refresh !== undefined));

  if (sheet.protect && !refresh?.keepLocks) ops.push(...unlockOps(cells));
  const last: SheetOp[] = [];
  const print = sheet.print;
  if (print && opts.printSupported) last.push({ bytes: printBytes(print), run: (ws) => applyPrint(ws, print) });
  if (sheet.protect) last.push({ bytes: requestBytes(3, PROTECTION), run: (ws) => ws.protection.protect(PROTECTION) });
  return { ops, last, kept, cleared };
}

/**
 * No password (a person can unprotect on purpose); column widths, row heights and cell formats
 * stay free (a fix resets a typed 95%'s percent format); the xlsx host writes the same.
 */
export const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true };

/** Input cells (styles marked unlocked) left unlocked, one call per rectangle (ExcelApi 1.2). */
export function unlockOps(cells: ReturnType<typeof plannedCells>): SheetOp[] {
  const open = new Map<number, true>();
  for (const [k, c] of cells) if (c.style && STYLES[c.style].unlocked) open.set(k, true);
  return uniformRects(open, () => "").map((r) => {
    const address = rectAddress(r);
    return { bytes: rangeBytes(address, 2, 1, false), run: (ws) => { const rg = ws.getRange(address); rg.format.protection.locked = false; rg.untrack(); } };
  });
}

function rangeSet(address: string, set: (r: Excel.Range) => void, value: unknown): SheetOp {
  return { bytes: rangeBytes(address, 1, 1, value), run: (ws) => { const r = ws.getRange(address); set(r); r.untrack(); } };
}

/** Column widths and hidden columns, row heights and hidden rows, merges, frozen panes. */
/** Widths, heights, merges and panes; a refresh only re-hides the hidden key row and columns. */
function layoutOps(sheet: PlannedSheet, refresh: boolean): SheetOp[] {
  const ops: SheetOp[] = [];
  if (refresh) {
    for (const [a, b] of consecutiveRuns(sheet.columns.flatMap((c, i) => (c.hidden ? [i + 1] : [])))) ops.push(rangeSet(columnsAddress(a, b), (r) => { r.columnHidden = true; }, true));
    for (const [a, b] of consecutiveRuns([...new Set(sheet.hiddenRows)].sort((x, y) => x - y))) ops.push(rangeSet(rowsAddress(a, b), (r) => { r.rowHidden = true; }, true));
    return ops;
  }
  let start = 1;
  sheet.columns.forEach((c, i) => {
    const col = i + 1;
    const next = sheet.columns[i + 1];
    if (next && next.width === c.width) return;
    const pt = columnWidthPoints(c.width);
    ops.push(rangeSet(columnsAddress(start, col), (r) => { r.format.columnWidth = pt; }, pt));
    start = col + 1;
  });
  const hiddenCols = sheet.columns.flatMap((c, i) => (c.hidden ? [i + 1] : []));
  for (const [a, b] of consecutiveRuns(hiddenCols)) ops.push(rangeSet(columnsAddress(a, b), (r) => { r.columnHidden = true; }, true));
  // rows a person writes into (growRows) fit their content instead: a height set here is fixed,
  // so Excel would never refit them as a 说明 grows (ExcelJS files drop customHeight instead)
  const grow = new Set(sheet.growRows ?? []);
  const fit = sheet.fitRows;
  const fitted = (r: number): boolean => fit !== undefined && r >= fit.from && r <= fit.to;
  const heights = Object.entries(sheet.rowHeights).map(([r, h]) => [Number(r), h] as const).filter(([r]) => !grow.has(r) && !fitted(r)).sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    const [row, h] = heights[i] as readonly [number, number];
    let j = i + 1;
    while (j < heights.length && heights[j]?.[0] === row + (j - i) && heights[j]?.[1] === h) j++;
    const last = row + (j - i) - 1;
    ops.push(rangeSet(rowsAddress(row, last), (r) => { r.format.rowHeight = h; }, h));
    i = j;
  }
  // after the values and styles (wrap) are queued, so the fit is to what the rows hold (ExcelApi 1.2)
  for (const [a, b] of consecutiveRuns([...grow].sort((x, y) => x - y))) ops.push(rangeSet(rowsAddress(a, b), (r) => r.format.autofitRows(), true));
  if (fit && fit.to >= fit.from) ops.push(rangeSet(rowsAddress(fit.from, fit.to), (r) => r.format.autofitRows(), true));
  for (const [a, b] of consecutiveRuns([...new Set(sheet.hiddenRows)].sort((x, y) => x - y))) ops.push(rangeSet(rowsAddress(a, b), (r) => { r.rowHidden = true; }, true));
  for (const m of sheet.merges) ops.push(rangeSet(m, (r) => r.merge(false), false));
  const fz = sheet.freeze;
  if (fz && (fz.rows > 0 || fz.columns > 0)) {
    ops.push({
      bytes: requestBytes(3, fz),
      run: (ws) => {
        const p = ws.freezePanes;
        if (fz.rows > 0 && fz.columns > 0) p.freezeAt(rectAddress({ r0: 1, c0: 1, r1: fz.rows, c1: fz.columns }));
        else if (fz.rows > 0) p.freezeRows(fz.rows);
        else p.freezeColumns(fz.columns);
      },
    });
  }
  return ops;
}

/** The union of planned rectangles, as few rectangles as cover exactly those cells. */
function unionRects(addresses: string[]): Rect[] {
  const cells = new Map<number, true>();
  for (const a of addresses) {
    const r = parseRect(a);
    if (!r) continue;
    for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) cells.set(cellKey(row, col), true);
  }
  return uniformRects(cells, () => "");
}

function validationOps(sheet: PlannedSheet, clearFirst: boolean): SheetOp[] {
  const ops: SheetOp[] = [];
  if (clearFirst) {
    for (const r of unionRects(sheet.validations.map((v) => v.range))) {
      const address = rectAddress(r);
      ops.push({ bytes: requestBytes(4, address), run: (ws) => clearValidation(ws, address) });
    }
  }
  for (const g of sharedRuleGroups(sheet.validations)) {
    const first = g.members[0] as PlannedValidation;
    if (g.members.length === 1) {
      ops.push({ bytes: validationBytes(first), run: (ws) => addValidation(ws, first) });
      continue;
    }
    const address = rectAddress(g.rect);
    ops.push({ bytes: sharedRuleBytes(first, address), run: (ws) => addSharedRule(ws, first, address) });
    for (const v of g.members) ops.push({ bytes: promptBytes(v), run: (ws) => addPrompt(ws, v) });
  }
  return ops;
}

/**
 * Validations that differ only by prompt, stacked row on row in the same columns, and whose
 * custom rule is one formula in R1C1 terms (each row's, relative to its own cells): their
 * rule can be set once over the whole block. At 5,000 indicators this is what lets a reload
 * write in one request. List and decimal rules stay one validation each, as planned.
 */
function sharedRuleGroups(validations: PlannedValidation[]): Array<{ rect: Rect; members: PlannedValidation[] }> {
  const groups: Array<{ rect: Rect; members: PlannedValidation[]; key: string }> = [];
  const open = new Map<string, { rect: Rect; members: PlannedValidation[]; key: string }>();
  for (const v of validations) {
    const rect = parseRect(v.range);
    const key = rect && v.type === "custom"
      ? [rect.c0, rect.c1, toR1C1(v.formula ?? "", rect.r0, rect.c0), v.errorStyle, v.errorTitle, v.error, v.promptTitle].join("\u0000")
      : null;
    const column = key === null || !rect ? undefined : open.get(`${rect.c0}:${rect.c1}`);
    if (rect && key !== null && column && column.key === key && column.rect.r1 + 1 === rect.r0) {
      column.rect = { ...column.rect, r1: rect.r1 };
      column.members.push(v);
      continue;
    }
    const g = { rect: rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 }, members: [v], key: key ?? "" };
    groups.push(g);
    if (rect && key !== null) open.set(`${rect.c0}:${rect.c1}`, g);
  }
  return groups;
}

function conditionalFormatOps(sheet: PlannedSheet, clearFirst: boolean): SheetOp[] {
  const ops: SheetOp[] = [];
  if (clearFirst) {
    for (const r of unionRects(sheet.conditionalFormats.map((c) => c.range))) {
      const address = rectAddress(r);
      ops.push({ bytes: requestBytes(4, address), run: (ws) => clearConditionalFormats(ws, address) });
    }
  }
  for (const cf of sheet.conditionalFormats) ops.push({ bytes: conditionalFormatBytes(cf), run: (ws) => addConditionalFormat(ws, cf), needsNames: true });
  return ops;
}
