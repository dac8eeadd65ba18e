import { cellText, type CellValue } from "../../domain/CellValue";
import { gridCell, type FormulaText, type GridSheet, type GridWorkbook } from "../../sheet/Grid";
import { KEY_ROW, META_SHEET, parseTemplateMark } from "../../sheet/keys";
import { metaFormulaColumns } from "../../sheet/metaFormulaColumns";
import { a1, columnLetter } from "../../sheet/a1";
import { ownFormulaColumns } from "../../sheet/ownFormulaColumns";
import { valueColumns } from "../../sheet/valueColumns";
import { numberFormatKind } from "../storedNumber";
import { nameReference } from "./nameReference";
import { officeCellValue } from "./officeCellValue";
import { excelApiSupported } from "./OfficeHostOptions";
import { formulaAreas } from "./formulaAreas";
import { uncalculatedCells } from "./uncalculatedCells";
import { errorLiteral } from "../errorLiteral";
import { FORMULA_KEPT } from "../FORMULA_KEPT";

export interface ReadOptions {
  /**
   * The sheets expected in the workbook (for example the names written by applyPlan, or the
   * sheets of the last read). Their used ranges are read in the same sync as the sheet and
   * name lists, so a check costs one sync. Without them, or when the workbook has other sheets
   * or lacks one of them, a second sync reads what the first could not know about.
   */
  sheetNames?: readonly string[];
  /**
   * Also read Range.valueTypes. Off by default: JavaScript types already tell numbers from
   * text, and for 5,000 rows the types alone add about 2 MB to a response that Excel on the
   * web caps at 5 MB. Without them a string equal to an error value (#N/A) reads as an error.
   */
  valueTypes?: boolean;
  /** whether a requirement set is supported (default: Office's own); ExcelApi 1.9 lets formulas without a result be told */
  isSetSupported?: (name: string, version: string) => boolean;
  /**
   * Below ExcelApi 1.9 (Office 2019), by sheet name: the 1-based columns whose `formulas` are read in
   * the same sync as that sheet's values, its visible own formula columns (ownFormulaColumns) as the
   * last read found them. Excel there cannot say where formulas are, so these columns are how a value
   * pasted over a status formula is seen (GridSheet.formulaColumns). A template's sheet read without
   * them, or whose key row now names other columns, has them read in one sync more. With no
   * `sheetNames` (the first read of a workbook) our metadata sheet, very hidden under its fixed name
   * META_SHEET, is read with the sheet list, and its templates' sheet plans give the columns of the
   * sheets not given here (metaFormulaColumns): the first read is two syncs, as from ExcelApi 1.9.
   * Without that sheet (not a plan-returns workbook) the first sync fails and is made again without it.
   */
  formulaColumns?: Readonly<Record<string, readonly number[]>>;
}

interface UsedRead {
  name: string;
  range: Excel.Range;
  /** formula cells, and formula cells whose result is text (ExcelApi 1.9), to tell a formula without a result */
  formulas?: { all: Excel.RangeAreas; text: Excel.RangeAreas };
  /** below ExcelApi 1.9: the 1-based columns `at` and, for each, the used part of that column (its `formulas` and `rowIndex`) */
  columns?: ColumnsRead;
}

interface ColumnsRead { at: readonly number[]; ranges: Excel.Range[] }

/** A cell of a sheet read (0-based row and column of GridSheet.rows) whose formula shows an error. */
interface ErrorFormula { sheet: GridSheet; r: number; c: number }

/**
 * The most formula cells showing an error whose text one read asks for (in one sync more, only where there are
 * some): a return's value cells show few; past them, or should that sync fail, a formula is said unquoted.
 */
const ERROR_FORMULAS_READ = 100;

/** Queues the `formulas` of the used part of each 1-based column `at`: one column's text only, not the whole sheet's (5,000 rows stay small). */
function queueColumns(sheet: Excel.Worksheet, at: readonly number[]): ColumnsRead {
  return {
    at,
    ranges: at.map((c) => {
      const letter = columnLetter(c);
      const r = sheet.getRange(`${letter}:${letter}`).getUsedRangeOrNullObject(true);
      r.load("formulas, rowIndex");
      return r;
    }),
  };
}

/**
 * Every worksheet's used range (values, with its offset: the used range need not start at A1)
 * and the workbook names, as a GridWorkbook for checkGrid.
 */
export async function readWorkbookGrid(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<GridWorkbook> {
  // numberFormat tells a date (a serial number in values) from a number: a date is an error
  const props = opts.valueTypes ? "values, valueTypes, numberFormat, rowIndex, columnIndex" : "values, numberFormat, rowIndex, columnIndex";
  const wb = context.workbook;
  const queueLists = (): { sheets: Excel.WorksheetCollection; names: Excel.NamedItemCollection } => {
    const sheets = wb.worksheets;
    const names = wb.names;
    sheets.load("items/name, items/visibility");
    names.load("items/name, items/type, items/value, items/formula");
    return { sheets, names };
  };
  let withFormulas = excelApiSupported(opts.isSetSupported ? { isSetSupported: opts.isSetSupported } : {}, "1.9");
  // below ExcelApi 1.9, the columns whose formulas are read with a sheet's values (the caller's, then the metadata's guess)
  let columns: Readonly<Record<string, readonly number[]>> = opts.formulaColumns ?? {};
  const queueRead = (sheets: Excel.WorksheetCollection, name: string): UsedRead => {
    const sheet = sheets.getItem(name);
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load(props);
    if (!withFormulas) {
      const cols = columns[name];
      return cols && cols.length > 0 ? { name, range, columns: queueColumns(sheet, cols) } : { name, range };
    }
    // in the same sync: where the formulas are (a formula that reads as empty has no result)
    const whole = sheet.getRange();
    const all = whole.getSpecialCellsOrNullObject("Formulas");
    const text = whole.getSpecialCellsOrNullObject("Formulas", "Text");
    all.load("address");
    text.load("address");
    return { name, range, formulas: { all, text } };
  };

  // below ExcelApi 1.9 with no sheet known: our metadata sheet, read now, tells the status and progress columns before the values are read
  const hinted = opts.sheetNames ?? [];
  const guessMeta = !withFormulas && hinted.length === 0;
  let lists = queueLists();
  let reads = (guessMeta ? [META_SHEET] : hinted).map((n) => queueRead(lists.sheets, n));
  try {
    await context.sync();
    const meta = guessMeta ? reads[0] : undefined;
    if (meta) columns = { ...metaFormulaColumns({ name: meta.name, visible: false, rows: gridRows(meta, false, false) }), ...columns };
  } catch (e) {
    if (reads.length === 0) throw e;
    // a hinted sheet is gone (renamed, deleted): start again without hints (and, should Excel
    // have refused to find the formulas, without that too)
    withFormulas = false;
    lists = queueLists();
    reads = [];
    await context.sync();
  }
  const known = new Set(reads.map((r) => r.name.toLowerCase()));
  const missing = lists.sheets.items.filter((w) => !known.has(w.name.toLowerCase()));
  if (missing.length > 0) {
    const before = reads;
    reads = [...before, ...missing.map((w) => queueRead(lists.sheets, w.name))];
    try {
      await context.sync();
    } catch (e) {
      if (!withFormulas) throw e;
      // Excel refused to find the formulas (getSpecialCells): read the values without them
      withFormulas = false;
      reads = [...before, ...missing.map((w) => queueRead(lists.sheets, w.name))];
      await context.sync();
    }
  }

  const date1904 = reads.some((r) => holdsDate(r.range)) ? await usesDate1904(context) : false;
  const byName = new Map(reads.map((r) => [r.name.toLowerCase(), r]));
  const errors: ErrorFormula[] = [];
  const sheets: GridSheet[] = lists.sheets.items.map((w) => {
    const read = byName.get(w.name.toLowerCase());
    const sheet: GridSheet = { name: w.name, visible: w.visibility === "Visible", rows: [] };
    if (read) sheet.rows = gridRows(read, opts.valueTypes === true, date1904, (r, c) => errors.push({ sheet, r, c }));
    // where Excel said where the formulas are (ExcelApi 1.9), as the .xlsx reader counts them
    if (read?.formulas) sheet.formulas = formulaCount(read.formulas.all);
    // and, on a template's sheet, which cells hold one (a value pasted over a status formula): from the same address, no sync more
    if (read?.formulas && !read.formulas.all.isNullObject && parseTemplateMark(cellText(gridCell(sheet, KEY_ROW, 1))) !== null) sheet.formulaCells = formulaCells(read.formulas.all.address);
    return sheet;
  });
  await readOwnFormulaColumns(context, lists.sheets, byName, sheets);
  // the formulas of cells showing an error and of value columns holding one, in one sync, only where there are some
  await readFormulaTexts(context, [queueErrorFormulas(lists.sheets, errors), queueValueFormulas(lists.sheets, sheets)]);
  const names: GridWorkbook["names"] = {};
  for (const n of lists.names.items) {
    if (n.type !== "Range") continue;
    const ref = nameReference(n.formula || n.value);
    if (ref) names[n.name] = ref;
  }
  return { sheets, names };
}

/**
 * Below ExcelApi 1.9: on each template's sheet, where its visible own formula columns
 * (ownFormulaColumns) hold a formula, as GridSheet.formulaCells with formulaColumns. The columns read
 * with the values serve when they are the ones the key row names; the others are read in one sync
 * for all sheets. Should that sync fail, those sheets are left as unknown (no formulaCells).
 */
async function readOwnFormulaColumns(context: Excel.RequestContext, list: Excel.WorksheetCollection, byName: ReadonlyMap<string, UsedRead>, sheets: GridSheet[]): Promise<void> {
  const found: Array<{ sheet: GridSheet; read: ColumnsRead }> = [];
  const again: Array<{ sheet: GridSheet; read: ColumnsRead }> = [];
  for (const sheet of sheets) {
    const read = byName.get(sheet.name.toLowerCase());
    if (!read || read.formulas) continue;
    const cols = ownFormulaColumns(sheet);
    if (cols.length === 0) continue;
    if (read.columns && read.columns.at.join() === cols.join()) found.push({ sheet, read: read.columns });
    else again.push({ sheet, read: queueColumns(list.getItem(sheet.name), cols) });
  }
  if (again.length > 0) {
    try {
      await context.sync();
      found.push(...again);
    } catch {
      // the sheet went away or Excel refused: where its formulas are is not known, as before
    }
  }
  for (const { sheet, read } of found) {
    const at: number[][] = [];
    eachColumnFormula(read, (r, col) => { (at[r] ??= []).push(col); });
    sheet.formulaCells = at;
    sheet.formulaColumns = read.at.map((c) => c - 1);
  }
}

/** What a queued read of formulas does once its sync returned. */
type Apply = () => void;

/**
 * One sync for the formulas queued (queueErrorFormulas, queueValueFormulas), then each applied; none when nothing
 * was queued (an ordinary return). Should that sync fail, nothing is applied: the formulas stay unquoted and no
 * linked_formula is said, as before either read.
 */
async function readFormulaTexts(context: Excel.RequestContext, queued: ReadonlyArray<Apply | null>): Promise<void> {
  const apply = queued.filter((a): a is Apply => a !== null);
  if (apply.length === 0) return;
  try {
    await context.sync();
  } catch {
    return;
  }
  for (const a of apply) a();
}

/**
 * The text of the formulas showing an error (`errors`, as gridRows found them), read as the .xlsx reader reads
 * it: quoted up to FORMULA_KEPT characters, and a formula that is only an error value (`=#DIV/0!`, as a file
 * LibreOffice saved holds a typed one: errorLiteral) read as that value, no formula. Queued only where a formula
 * shows an error (readFormulaTexts).
 */
function queueErrorFormulas(list: Excel.WorksheetCollection, errors: readonly ErrorFormula[]): Apply | null {
  if (errors.length === 0) return null;
  const read = errors.slice(0, ERROR_FORMULAS_READ).map((e) => {
    const range = list.getItem(e.sheet.name).getRange(a1(e.r + 1, e.c + 1));
    range.load("formulas");
    return { ...e, range };
  });
  return () => {
    for (const { sheet, r, c, range } of read) {
      const f = (range.formulas as unknown[][])[0]?.[0];
      const v = sheet.rows[r]?.[c];
      if (typeof f !== "string" || !f.startsWith("=") || v?.type !== "error") continue;
      const row = sheet.rows[r] as CellValue[];
      const text = f.slice(1);
      row[c] = errorLiteral(f) !== null ? { type: "error", code: v.code } : { type: "error", code: v.code, formula: text.length > FORMULA_KEPT ? "" : text };
    }
  };
}

/**
 * On each template's sheet whose value columns (valueColumns: the year inputs, 累计完成投资) hold a formula, as
 * formulaCells says (ExcelApi 1.9), those columns' formulas, given as GridSheet.formulaTexts: what the check's
 * linked_formula reads (linkedValues), so the pane says a figure linked to another workbook as `check` does. A
 * return's value cells hold none, so an ordinary check queues nothing (readFormulaTexts).
 * Excel gives a link with its workbook's name (`='D:\统计\[县统计快报2025.xlsx]Sheet1'!$C$5`, never `[1]`), so no
 * linkedBooks are needed.
 */
function queueValueFormulas(list: Excel.WorksheetCollection, sheets: GridSheet[]): Apply | null {
  const queued: Array<{ sheet: GridSheet; read: ColumnsRead }> = [];
  for (const sheet of sheets) {
    const at = sheet.formulaCells;
    // below ExcelApi 1.9 only the status columns were looked in (formulaColumns): a value column's formula is not known
    if (!at || sheet.formulaColumns) continue;
    const cols = valueColumns(sheet).filter((c) => at.some((row) => row?.includes(c - 1)));
    if (cols.length > 0) queued.push({ sheet, read: queueColumns(list.getItem(sheet.name), cols) });
  }
  if (queued.length === 0) return null;
  return () => {
    for (const { sheet, read } of queued) {
      const texts: FormulaText[][] = [];
      // each cell's own text (Excel has no shared formulas to give): written for its own row
      eachColumnFormula(read, (r, col, f) => { (texts[r] ??= [])[col] = { text: f.slice(1), row: r + 1 }; });
      // not enumerable, as the .xlsx reader gives it: a grid compared or copied is its cells
      Object.defineProperty(sheet, "formulaTexts", { value: (columns: readonly number[]) => texts.map((row) => (row ? row.map((f, c) => (columns.includes(c) ? f : undefined)) : row)), enumerable: false });
    }
  };
}

/** Each formula a queued column read found (queueColumns), by its 0-based row and column and its text with its `=`. */
function eachColumnFormula(read: ColumnsRead, visit: (row: number, col: number, formula: string) => void): void {
  read.ranges.forEach((range, k) => {
    const col = (read.at[k] as number) - 1;
    if (range.isNullObject) return;
    range.formulas.forEach((row: unknown[], i: number) => {
      const f = row[0];
      if (typeof f === "string" && f.startsWith("=")) visit(range.rowIndex + i, col, f);
    });
  });
}

/** Where a getSpecialCells("Formulas") address says the formulas are, as GridSheet.formulaCells (0-based rows of 0-based columns). */
function formulaCells(address: string): number[][] {
  const at: number[][] = [];
  for (const x of formulaAreas(address)) for (let r = x.r0; r <= x.r1; r++) {
    const row = at[r - 1] ?? (at[r - 1] = []);
    for (let c = x.c0; c <= x.c1; c++) row.push(c - 1);
  }
  return at;
}

/** How many cells a getSpecialCells("Formulas") result covers: 0 when it found none. */
function formulaCount(all: Excel.RangeAreas): number {
  if (all.isNullObject) return 0;
  return formulaAreas(all.address).reduce((n, x) => n + (x.r1 - x.r0 + 1) * (x.c1 - x.c0 + 1), 0);
}

/** Whether a used range holds a number in a date format (only then is the date system asked for). */
function holdsDate(range: Excel.Range): boolean {
  if (range.isNullObject) return false;
  const formats = range.numberFormat as unknown[][] | undefined;
  return range.values.some((row, i) => row.some((v: unknown, j: number) => {
    const f = formats?.[i]?.[j];
    return typeof v === "number" && typeof f === "string" && numberFormatKind(f) === "date";
  }));
}

/**
 * Whether the workbook counts dates from 1904 (Mac workbooks). Office.js has no property for
 * it at ExcelApi 1.8, so Excel's own DATE function is asked (Workbook.functions, ExcelApi 1.2):
 * DATE(1904,1,1) is 0 in the 1904 system and 1462 in the 1900 one. One more sync, only when a
 * date was read; if Excel refuses, the 1900 system (Windows' default) is assumed.
 */
async function usesDate1904(context: Excel.RequestContext): Promise<boolean> {
  try {
    const r = context.workbook.functions.date(1904, 1, 1);
    r.load("value");
    await context.sync();
    return r.value === 0;
  } catch {
    return false;
  }
}

/** The used range's values as rows; `errorFormula` is told each cell (0-based) holding a formula that shows an error. */
function gridRows(read: UsedRead, withTypes: boolean, date1904: boolean, errorFormula: (r: number, c: number) => void = () => undefined): CellValue[][] {
  const range = read.range;
  if (range.isNullObject) return [];
  const values = range.values;
  const types = withTypes ? range.valueTypes : undefined;
  const formats = range.numberFormat as unknown[][] | undefined;
  const f = read.formulas;
  const uncalculated = f && !f.all.isNullObject ? uncalculatedCells(f.all.address, f.text.isNullObject ? null : f.text.address) : () => false;
  // the cells that hold a formula (no text excluded): an error there is the formula's result, its text read after (readErrorFormulas)
  const formula = f && !f.all.isNullObject ? uncalculatedCells(f.all.address, null) : () => false;
  const rows: CellValue[][] = [];
  for (let r = 0; r < range.rowIndex; r++) rows.push([]);
  values.forEach((row, i) => {
    const out: CellValue[] = [];
    for (let c = 0; c < range.columnIndex; c++) out.push({ type: "empty" });
    row.forEach((v: unknown, j: number) => {
      const at = { r: range.rowIndex + i + 1, c: range.columnIndex + j + 1 };
      const read = v === "" && uncalculated(at.r, at.c) ? { type: "uncalculated" as const } : officeCellValue(v, types?.[i]?.[j], formats?.[i]?.[j], date1904);
      if (read.type === "error" && formula(at.r, at.c)) {
        errorFormula(at.r - 1, at.c - 1);
        out.push({ ...read, formula: "" });
      } else out.push(read);
    });
    while (out.length > 0 && out[out.length - 1]?.type === "empty") out.pop();
    rows.push(out);
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}
