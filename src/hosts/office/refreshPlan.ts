import { a1 } from "../../sheet/a1";
import { YEAR_CELL } from "../../sheet/coverSheet";
import { FIRST_DATA_ROW, KEY_ROW, YEAR_NAME } from "../../sheet/keys";
import { metaYearFollows } from "../../sheet/metaYearFollows";
import type { PlannedSheet, WorkbookPlan } from "../../sheet/SheetPlan";
import { Batch } from "./Batch";
import { nameReference } from "./nameReference";
import { excelApiSupported, type OfficeHostOptions } from "./OfficeHostOptions";
import { plannedCells } from "./plannedCells";
import { DEFAULT_MAX_REQUEST_BYTES, rangeBytes, requestBytes } from "./requestSize";
import { PROTECTION, sheetOps, unlockOps, type SheetWork } from "./sheetOps";
import type { SheetRefusal } from "./SheetRefusal";

/** A cell to empty on a refresh: sheet name, 1-based row and column (a PerYearCell, its key aside). */
export interface CellToClear {
  sheet: string;
  row: number;
  col: number;
}

/**
 * A sheet of ours to delete on a refresh: on a change of year, the old year's 审核 sheet
 * (sheet/perYearCells perYearReview), found by the pane from the grid it read. `mark` is what its
 * A2 held then (REVIEW_MARK).
 */
export interface SheetToDrop {
  sheet: string;
  mark: string;
}

export interface RefreshOptions extends OfficeHostOptions {
  /**
   * Cells to empty: on a change of year, the per-year cells (sheet/perYearCells) the pane read and
   * said it would clear. On a refreshed template sheet, those of its input cells that hold a value;
   * on another sheet (the cover's sign-offs), those that hold a value, read with the template sheets.
   * A refused or missing sheet's are left as they are. Without it every input value is kept.
   */
  clear?: readonly CellToClear[];
  /**
   * The old year's sheet to delete (a change of year, as `rollover` leaves the 审核 sheet out of the
   * new return): its A2 is read with the used ranges, and the sheet is deleted after the last write,
   * in the same request, only while A2 still holds `drop.mark` (a sheet gone or no longer marked
   * ours since the pane read it is left alone). No sync of its own.
   */
  drop?: SheetToDrop;
}

export interface RefreshResult {
  /** sheets whose rules, formulas and planned text were written again; `kept` user values, `cleared` emptied (opts.clear) */
  refreshed: Array<{ sheet: string; kept: number; cleared: number }>;
  /** template sheets left untouched, and why */
  refused: SheetRefusal[];
  /** plan sheets that are not template sheets (cover, metadata): never refreshed */
  skipped: string[];
  namesAdded: string[];
  /** the reporting year written to the cell 报告年份 names (the cover's), when the plan has a cover */
  year?: number;
  /** the cells of opts.clear emptied, on every sheet */
  cleared: number;
  /** the sheet of opts.drop, when it was deleted */
  dropped?: string;
  /** the year the metadata sheet now says the workbook was made for (createdYear), when this refresh changed it (metaYearFollows) */
  madeFor?: number;
  syncs: number;
  largestRequestBytes: number;
}

interface Target {
  sheet: PlannedSheet;
  ws?: Excel.Worksheet;
  protection?: Excel.WorksheetProtection;
  used?: Excel.Range;
  work?: SheetWork;
}

/**
 * A sheet that is no template sheet of the plan (the cover, the metadata sheet's lock record) with
 * cells of opts.clear: read, then emptied where filled. `locked`: each cell's format.protection.locked,
 * read with it, for a sheet `lock` protected with these cells locked (the cover's sign-offs).
 */
interface Other {
  name: string;
  cells: CellToClear[];
  ws?: Excel.Worksheet;
  used?: Excel.Range;
  protection?: Excel.WorksheetProtection;
  locked?: Excel.FormatProtection[];
  /** the plan's cover, when this is it: its year cell is written, and its input cells opened again when `lock` locked them */
  cover?: PlannedSheet;
  yearLocked?: Excel.FormatProtection;
  /** the plan's metadata sheet, when this is the workbook's: its column A is written again when the made-for year changes */
  meta?: PlannedSheet;
}

function text(v: unknown): string {
  return v === undefined || v === null ? "" : String(v);
}

/**
 * Applies a plan again to template sheets that already exist and carry the same template
 * mark (A2 = plan-returns:template:<id>), keeping every value the user entered: input cells
 * that hold a value are not written; other planned cells, formulas, formats and layout are
 * written again; the validations and conditional formats on the planned ranges (only those)
 * are cleared and added again, so reloading twice leaves no duplicate rules.
 *
 * A sheet whose key row (row 2) or id column no longer matches the plan (columns moved, rows
 * sorted, inserted or deleted) is refused, not guessed at: writing the plan by position would
 * put one indicator's text beside another's values.
 *
 * With a cover in the plan, its reporting year is written to the cell 报告年份 names, so a plan
 * for another year rolls the workbook over: year, titles, formulas and prompts together. The
 * year's own cells (说明, 人工评估, 审核意见, the cover's sign-offs) are emptied only as `opts.clear`
 * names them (the pane's roll-over, as `rollover` leaves them; a refresh of the same year keeps them).
 *
 * The old year's 审核 sheet (`opts.drop`) is deleted after the last write, in its request.
 *
 * The metadata sheet's column A is read in the first sync and written again, in the write request, when the year the
 * workbook was made for (createdYear) changes by this refresh: every template it lists written again, none refused
 * (sheet/metaYearFollows); else it is left as it is.
 *
 * A return `lock` accepted has its cover protected with every input cell locked (the year, the
 * sign-offs), and its sheets' input cells locked. The cover's year, protection and the locked state
 * of its year cell and of the cells to clear are read in the first sync. The year is written only
 * when it changes (a refresh of the same year leaves the locked cover as it is). On a change of year
 * (`opts.clear` given) a locked cover is unprotected before the year is written, its input cells
 * opened again as the template leaves them (the new year is not locked) and protected again last, in
 * the same requests; so are other sheets of `opts.clear` whose cells are locked (per cell), and a
 * template sheet's input cells are opened again. A refresh of the same year leaves the locked state
 * of a template sheet found protected as it is (unprotected for the writes, protected again last).
 * A protection with a password is Excel's refusal.
 *
 * Two syncs: one reads the sheets' used ranges (and the sheet and name lists, the sheets
 * of `opts.clear` that are not template sheets, and the A2 of `opts.drop`), one writes (more only
 * when the writes exceed one request). If a sheet read is missing, the first sync fails on it (Excel's ItemNotFound);
 * two more syncs then list the sheets and read the ones that are there.
 */
export async function refreshPlan(context: Excel.RequestContext, plan: WorkbookPlan, opts: RefreshOptions = {}): Promise<RefreshResult> {
  const printSupported = excelApiSupported(opts, "1.9");
  const batch = new Batch(context, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES);
  const wb = context.workbook;
  const targets: Target[] = plan.sheets.filter((s) => s.role === "template").map((sheet) => ({ sheet }));
  const result: RefreshResult = {
    refreshed: [], refused: [], skipped: plan.sheets.filter((s) => s.role !== "template").map((s) => s.name),
    namesAdded: [], cleared: 0, syncs: 0, largestRequestBytes: 0,
  };
  const clearOn = new Map<string, CellToClear[]>();
  for (const c of opts.clear ?? []) clearOn.set(c.sheet.toLowerCase(), [...(clearOn.get(c.sheet.toLowerCase()) ?? []), c]);
  const isTarget = (name: string): boolean => targets.some((t) => t.sheet.name.toLowerCase() === name);
  const others: Other[] = [...clearOn].filter(([name]) => !isTarget(name)).map(([, cells]) => ({ name: cells[0]?.sheet ?? "", cells }));
  // the year is written on the cover: read with the others (its year now, its protection), for a cover `lock` protected with its input cells locked
  const coverPlan = plan.sheets.find((s) => s.role === "cover");
  if (coverPlan && plannedYear(plan) !== null) {
    const known = others.find((o) => o.name.toLowerCase() === coverPlan.name.toLowerCase());
    if (known) known.cover = coverPlan;
    else others.push({ name: coverPlan.name, cells: [], cover: coverPlan });
  }
  // the made-for year (createdYear) follows the year the sheets are written for: the metadata's column A read with the rest
  const metaPlan = plan.sheets.find((s) => s.role === "meta");
  if (metaPlan && plannedYear(plan) !== null) {
    const known = others.find((o) => o.name.toLowerCase() === metaPlan.name.toLowerCase());
    if (known) known.meta = metaPlan;
    else others.push({ name: metaPlan.name, cells: [], meta: metaPlan });
  }

  const drop = opts.drop;
  const queueReads = (only: Target[], also: Other[], dropping: boolean): { sheets: Excel.WorksheetCollection; names: Excel.NamedItemCollection; mark?: { ws: Excel.Worksheet; a2: Excel.Range } } => {
    const sheets = wb.worksheets;
    const names = wb.names;
    sheets.load("items/name");
    names.load("items/name");
    for (const t of [...only.map((x) => ({ x, name: x.sheet.name })), ...also.map((x) => ({ x, name: x.name }))]) {
      t.x.ws = sheets.getItem(t.name);
      t.x.used = t.x.ws.getUsedRange(true);
      t.x.used.load("values, rowIndex, columnIndex");
    }
    // a template sheet's protection: one still protected keeps its cells' locked state (a `lock`ed return's input cells)
    for (const t of only) if (t.sheet.protect) { t.protection = (t.ws as Excel.Worksheet).protection; t.protection.load("protected"); }
    // a sheet `lock` protected with the cells to clear locked (the cover's sign-offs): read with the rest, no sync of its own
    for (const o of also) {
      const ws = o.ws as Excel.Worksheet;
      o.protection = ws.protection;
      o.protection.load("protected");
      o.locked = o.cells.map((c) => { const p = ws.getRange(a1(c.row, c.col)).format.protection; p.load("locked"); return p; });
      if (o.cover) { o.yearLocked = ws.getRange(a1(YEAR_CELL.row, YEAR_CELL.col)).format.protection; o.yearLocked.load("locked"); }
    }
    batch.now(requestBytes(2 + 3 * (only.length + also.length) + 2 * only.length + also.reduce((n, o) => n + 2 * o.cells.length, 0), only.map((t) => t.sheet.name), also.map((o) => o.name)), () => undefined);
    if (!drop || !dropping) return { sheets, names };
    const ws = sheets.getItem(drop.sheet);
    const a2 = ws.getRange("A2");
    a2.load("values");
    batch.now(requestBytes(2, drop.sheet, "A2"), () => undefined);
    return { sheets, names, mark: { ws, a2 } };
  };

  let lists = queueReads(targets, others, true);
  let present = targets;
  let othersPresent = others;
  try {
    await batch.sync();
  } catch (e) {
    if (targets.length + others.length === 0 && !drop) throw e;
    lists = queueReads([], [], false);
    await batch.sync();
    const existing = new Set(lists.sheets.items.map((w) => w.name.toLowerCase()));
    present = targets.filter((t) => existing.has(t.sheet.name.toLowerCase()));
    // a sheet of opts.clear that is gone has nothing to clear: not refused, it is no template sheet
    othersPresent = others.filter((o) => existing.has(o.name.toLowerCase()));
    for (const t of targets) {
      if (!present.includes(t)) result.refused.push({ sheet: t.sheet.name, reason: "missing" });
    }
    // the sheet to drop, renamed or deleted since the pane read it, is left alone
    const dropping = drop !== undefined && existing.has(drop.sheet.toLowerCase());
    if (present.length + othersPresent.length > 0 || dropping) {
      lists = queueReads(present, othersPresent, dropping);
      await batch.sync();
    }
  }
  const sheetNames = new Set(lists.sheets.items.map((w) => w.name.toLowerCase()));
  const nameSet = new Set(lists.names.items.map((n) => n.name.toLowerCase()));

  for (const t of present) {
    const current = valueAt(t.used as Excel.Range);
    const lastRow = (t.used as Excel.Range).rowIndex + (t.used as Excel.Range).values.length;
    const problem = layoutProblem(t.sheet, current, lastRow);
    if (problem) { result.refused.push(problem); continue; }
    const toClear = new Set((clearOn.get(t.sheet.name.toLowerCase()) ?? []).map((c) => `${c.row},${c.col}`));
    const clear = toClear.size ? (row: number, col: number): boolean => toClear.has(`${row},${col}`) : undefined;
    // the same year on a sheet still protected: its cells stay locked or open as they are (`lock` locked the input cells);
    // a change of year opens the input cells again for the new year, as does a sheet found unprotected
    const keepLocks = !clear && t.protection?.protected === true;
    t.work = sheetOps(t.sheet, { printSupported, maxRequestBytes: batch.limit, refresh: { current, ...(clear ? { clear } : {}), ...(keepLocks ? { keepLocks } : {}) } });
    result.refreshed.push({ sheet: t.sheet.name, kept: t.work.kept, cleared: t.work.cleared });
    result.cleared += t.work.cleared;
  }
  // the cover's sign-offs: each still filled is emptied (its sheet's protection leaves these input cells open, but `lock` locks them)
  const otherClears = othersPresent.flatMap((o) => {
    const current = valueAt(o.used as Excel.Range);
    return o.cells.map((c, i) => ({ c, i })).filter(({ c }) => !isEmpty(current(c.row, c.col))).map(({ c, i }) => ({ o, address: a1(c.row, c.col), locked: o.locked?.[i]?.locked === true }));
  });
  // a protected sheet whose cell to clear is locked (a locked return rolled over): unprotected, the cells emptied and opened
  // again for the new year's input, protected again, in the same request (a password a person set is Excel's refusal, as before)
  // the year is written only when it changes: the same year on a locked cover (a `lock`ed return refreshed) is left as it is, locked
  const year = plannedYear(plan);
  const cover = othersPresent.find((o) => o.cover);
  const sameYear = cover !== undefined && valueAt(cover.used as Excel.Range)(YEAR_CELL.row, YEAR_CELL.col) === year;
  const reopen = othersPresent.filter((o) => o.protection?.protected === true && (otherClears.some((x) => x.o === o && x.locked) || (o.yearLocked?.locked === true && !sameYear)));

  const ready = present.filter((t) => t.work);
  for (const n of plan.names) {
    const ref = nameReference(n.ref);
    if (nameSet.has(n.name.toLowerCase()) || !ref || !sheetNames.has(ref.sheet.toLowerCase())) continue;
    await batch.write(requestBytes(1, n), () => lists.names.add(n.name, `=${n.ref}`));
    result.namesAdded.push(n.name);
  }
  for (const o of reopen) await batch.write(requestBytes(2, "unprotect"), () => (o.ws as Excel.Worksheet).protection.unprotect());
  // the year the formulas use: a plan for another year rolls the workbook over (the pane asked first)
  if (year !== null && nameSet.has(YEAR_NAME.toLowerCase())) {
    if (!sameYear) await batch.write(requestBytes(2, YEAR_NAME, year), () => { lists.names.getItem(YEAR_NAME).getRange().values = [[year]]; });
    result.year = year;
  }
  for (const t of ready) for (const op of t.work?.ops ?? []) await batch.write(op.bytes, () => op.run(t.ws as Excel.Worksheet));
  for (const t of ready) for (const op of t.work?.last ?? []) await batch.write(op.bytes, () => op.run(t.ws as Excel.Worksheet));
  for (const { o, address, locked } of otherClears) {
    // the cover's input cells are opened below, all of them, as the template leaves them
    const open = locked && reopen.includes(o) && !o.cover;
    await batch.write(rangeBytes(address, open ? 2 : 0, open ? 2 : 1, [[""]], false), () => {
      const r = (o.ws as Excel.Worksheet).getRange(address);
      r.values = [[""]];
      if (open) r.format.protection.locked = false;
      r.untrack();
    });
    result.cleared++;
  }
  for (const o of reopen) {
    if (o.cover) for (const op of unlockOps(plannedCells(o.cover))) await batch.write(op.bytes, () => op.run(o.ws as Excel.Worksheet));
    await batch.write(requestBytes(3, PROTECTION), () => (o.ws as Excel.Worksheet).protection.protect(PROTECTION));
  }
  // the year the sheets were written for is the year the workbook is made for (cover_year_changed reads it), once every
  // template sheet was written again; column A rewritten as applyPlan merges it, in the write request (no sync of its own)
  const meta = othersPresent.find((o) => o.meta);
  const follows = meta?.meta && year !== null && result.refused.length === 0 ? metaYearFollows(columnA(meta.used as Excel.Range), meta.meta) : null;
  if (meta && follows && year !== null) {
    const ws = meta.ws as Excel.Worksheet;
    const work = sheetOps(follows, { printSupported, maxRequestBytes: batch.limit });
    await batch.write(requestBytes(1, "A:A"), () => ws.getRange("A:A").clear("Contents"));
    for (const op of [...work.ops, ...work.last]) await batch.write(op.bytes, () => op.run(ws));
    result.madeFor = year;
  }
  // last, in the request of the last writes: the old year's sheet goes only once the new year is written
  const mark = lists.mark;
  if (drop && mark && text(mark.a2.values[0]?.[0]) === drop.mark) {
    await batch.write(requestBytes(1, drop.sheet), () => mark.ws.delete());
    result.dropped = drop.sheet;
  }
  if (batch.queued > 0) await batch.sync();
  result.syncs = batch.syncs;
  result.largestRequestBytes = batch.largest;
  return result;
}

/** A read used range's value at a 1-based cell ("" outside it). */
function valueAt(used: Excel.Range): (row: number, col: number) => unknown {
  const values = used.values;
  return (row, col) => values[row - 1 - used.rowIndex]?.[col - 1 - used.columnIndex] ?? "";
}

/** Column A of a read used range from A1 (what mergeMeta reads). */
function columnA(used: Excel.Range): unknown[] {
  const at = valueAt(used);
  const out: unknown[] = [];
  for (let r = 1; r <= used.rowIndex + used.values.length; r++) out.push(at(r, 1));
  return out;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

/** The reporting year on the plan's cover, or null without a cover. */
function plannedYear(plan: WorkbookPlan): number | null {
  const cover = plan.sheets.find((s) => s.role === "cover");
  const v = cover?.cells.find((c) => c.address === a1(YEAR_CELL.row, YEAR_CELL.col))?.value;
  return typeof v === "number" ? v : null;
}

/** Why a sheet cannot be refreshed by position, or null when its marks match the plan. */
function layoutProblem(sheet: PlannedSheet, current: (row: number, col: number) => unknown, lastRow: number): Extract<SheetRefusal, { reason: "other_template" | "layout_changed" }> | null {
  const cells = plannedCells(sheet);
  let idCol = 0;
  let lastPlannedRow = 0;
  for (const c of cells.values()) {
    lastPlannedRow = Math.max(lastPlannedRow, c.row);
    if (c.row !== KEY_ROW || typeof c.value !== "string") continue;
    const now = text(current(c.row, c.col));
    if (c.col === 1 && now !== c.value) {
      return { sheet: sheet.name, reason: "other_template", found: now, planned: c.value };
    }
    if (now !== c.value) {
      return { sheet: sheet.name, reason: "layout_changed", layout: "columns", row: KEY_ROW };
    }
    if (c.value === "id") idCol = c.col;
  }
  if (idCol === 0) return null;
  for (const c of cells.values()) {
    if (c.col !== idCol || c.row < FIRST_DATA_ROW) continue;
    if (text(current(c.row, c.col)) !== text(c.value)) {
      return { sheet: sheet.name, reason: "layout_changed", layout: "row_id", row: c.row };
    }
  }
  for (let r = Math.max(lastPlannedRow + 1, FIRST_DATA_ROW); r <= lastRow; r++) {
    if (text(current(r, idCol)) !== "") {
      return { sheet: sheet.name, reason: "layout_changed", layout: "extra_id", row: r };
    }
  }
  return null;
}
