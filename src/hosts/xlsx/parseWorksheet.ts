import type { CellValue } from "../../domain/CellValue";
import { storedNumber, type NumberFormatKind } from "../storedNumber";
import { errorLiteral } from "../errorLiteral";
import { FORMULA_KEPT } from "../FORMULA_KEPT";
import { ElementPath } from "./ElementPath";
import { parseXmlPart, type XmlPartHandler } from "./parseXmlPart";
import { StringItemText } from "./StringItemText";
import { cellString } from "./cellString";
import { decimalIndex } from "./decimalIndex";
import { xlsxProblem } from "./xlsxProblem";
import { XlsxReadError } from "./XlsxReadError";
import { ZIP_LIMITS } from "./ZIP_LIMITS";
import type { FormulaText } from "../../sheet/Grid";

/** What a sheet's cells are read with: the shared strings, each style's number-format kind, the date system. */
export interface SheetContext {
  name: string;
  shared: readonly string[];
  styles: readonly NumberFormatKind[];
  date1904: boolean;
  /** cells that held something so far in the workbook (for ZIP_LIMITS.maxCells), updated */
  counted: { cells: number };
  /**
   * when given, set to how many of this sheet's cells hold a formula (GridSheet.formulas), and with
   * `at`, where they are (GridSheet.formulaCells): knowing that a cell holds one costs nothing, its text does
   */
  formulas?: { cells: number; at?: number[][] };
  /**
   * when given, filled with every formula's whole text (GridSheet.formulaTexts): a second reading of
   * a sheet whose own formulas are in doubt, never the first (decoding every formula of a 5,000-row
   * return costs more than reading it, FORMULA_KEPT)
   */
  texts?: FormulaText[][];
  /** when given, filled with the sheet's merged ranges as the part writes them (`P10:P11`; GridSheet.merges) */
  merges?: string[];
  /** when given, filled with the 1-based rows the part marks hidden (`<row hidden="1">`; GridSheet.hiddenRows) */
  hiddenRows?: number[];
  /** with `texts`: only the formulas of these 0-based columns (all when absent); the cells' values are then not made */
  textColumns?: ReadonlySet<number>;
  /**
   * Read only the rows above this one (0-based count), from a part's head that may end anywhere
   * (PackageParts.head): what a sheet too large to read is told by. A part cut short then ends
   * the reading rather than failing it.
   */
  headRows?: number;
  /**
   * When given, a shared string's cell holds SHARED_MARK and its place is recorded here as
   * 0-based row, column, the string's index and 1 where the cell's format is Text, else 0 (four
   * numbers a cell, in order), so the rows read can serve another file's shared strings
   * (SheetTemplate); `shared` is then not read.
   */
  sharedAt?: number[];
}

/** What a shared string's cell holds while its place is recorded (SheetContext.sharedAt). */
export const SHARED_MARK: CellValue = Object.freeze({ type: "empty" });

/** Thrown by the reader once a head's rows are read (SheetContext.headRows). */
const HEAD_READ = new Error("head read");

interface OpenCell {
  row: number;
  col: number;
  t: string;
  s: number;
  formula: boolean;
  /** the formula's t="shared" group (si), when it belongs to one; read only when `texts` are asked for */
  si: string | null;
  /** the formula's whole text so far, when `texts` are asked for */
  whole: string;
  /** the formula's text, kept unread until the cell turns out to hold no result (FORMULA_KEPT) */
  f: (() => string) | null;
  v: string | null;
  inline: StringItemText | null;
}

/** Where the last cellRef() that succeeded points: 0-based column and row. */
const REF = { col: 0, row: 0 };

/**
 * Whether `ref` is a cell reference (`A1`, `$B$7`, `ab12`: 1–3 letters, 1–7 digits); if so,
 * REF holds its 0-based column and row. Read by char codes and into one object: it runs for
 * every cell of a return.
 */
function cellRef(ref: string): boolean {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // $
  let col = 0;
  const l0 = i;
  for (let ch = ref.charCodeAt(i); (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122); ch = ref.charCodeAt(++i)) col = col * 26 + ((ch & 0xdf) - 64);
  if (i === l0 || i - l0 > 3) return false;
  if (ref.charCodeAt(i) === 36) i++;
  const d0 = i;
  let row = 0;
  for (let ch = ref.charCodeAt(i); ch >= 48 && ch <= 57; ch = ref.charCodeAt(++i)) row = row * 10 + (ch - 48);
  if (i === d0 || i - d0 > 7 || i !== ref.length) return false;
  REF.col = col - 1;
  REF.row = row - 1;
  return true;
}

/**
 * The cells of a worksheet part that hold something, as rows[r][c] (0-based, sparse: the caller
 * fills the blanks). A <row> without r follows the previous row; a <c> without r follows the
 * previous cell of its row (ECMA-376 Part 1 §18.3.1.4, §18.3.1.73). A styled cell with no value
 * holds nothing and counts toward no limit. A formula whose cached value is missing or empty
 * (<v></v>, <v/>, as openpyxl writes) is `uncalculated`, never 0, with its text where that is
 * at most FORMULA_KEPT characters (a shared formula's other cells have none of their own).
 */
export function parseWorksheet(bytes: Uint8Array, part: string, ctx: SheetContext): CellValue[][] {
  let rows: CellValue[][] = [];
  const counted = ctx.counted.cells;
  // a fresh reader each time it is asked for (the part may be read twice, parseXmlPart); a
  // large sheet is read in pieces between rows, never as one string (parseXmlPart, pieceEnd)
  try {
    parseXmlPart(bytes, part, () => {
      rows = [];
      ctx.counted.cells = counted;
      if (ctx.formulas) { ctx.formulas.cells = 0; if (ctx.formulas.at) ctx.formulas.at.length = 0; }
      if (ctx.texts) ctx.texts.length = 0;
      if (ctx.merges) ctx.merges.length = 0;
      if (ctx.hiddenRows) ctx.hiddenRows.length = 0;
      return worksheetReader(rows, ctx);
    }, { pieceEnd: "</row>" });
  } catch (e) {
    // a head is cut anywhere: its end is no damage, and the rows read before it stand
    if (ctx.headRows === undefined || !(e === HEAD_READ || (e instanceof XlsxReadError && e.problem.code === "bad_xml"))) throw e;
  }
  return rows;
}

function worksheetReader(rows: CellValue[][], ctx: SheetContext): XmlPartHandler {
  const path = new ElementPath();
  let inData = false; // inside worksheet/sheetData
  let rowIndex = -1; // 0-based row of the open <row>, or of the previous one once it closed
  let rowExplicit = false;
  let rowHasCell = false;
  let col = -1; // 0-based column of the previous cell in the row
  // one cell is open at a time; its object is reused (a return has hundreds of thousands)
  const cell: OpenCell = { row: 0, col: 0, t: "n", s: 0, formula: false, si: null, whole: "", f: null, v: null, inline: null };
  const texts = ctx.texts;
  const at = ctx.formulas?.at;
  // each shared formula's text and the row it is written for, by its si
  const groups = new Map<string, FormulaText>();
  let inCell = false;
  let cellDepth = 0; // elements open inside the cell
  let inV = false;
  let inF = false;

  // one value per shared string, for every cell that shows it (values are never changed in place)
  let sharedCells = SHARED_CELLS.get(ctx.shared);
  if (!sharedCells) SHARED_CELLS.set(ctx.shared, (sharedCells = []));
  const shown = sharedCells;
  // the same, for the cells in the Text format (@): few, but one value each all the same
  let textCells = SHARED_TEXT_CELLS.get(ctx.shared);
  if (!textCells) SHARED_TEXT_CELLS.set(ctx.shared, (textCells = []));
  const shownAsText = textCells;
  const numbers: NumberValues = { plain: new Map(), percent: new Map() };
  const only = ctx.textColumns;
  // whether a formula's text is kept: a column asked for, or a shared group's (its first cell holds the text its other cells take)
  const wanted = (c: OpenCell): boolean => !only || only.has(c.col) || c.si !== null;
  const place = (c: OpenCell): void => {
    if (c.formula && ctx.formulas) {
      ctx.formulas.cells++;
      if (at && c.row >= 0 && c.col >= 0) (at[c.row] ?? (at[c.row] = [])).push(c.col);
    }
    if (texts) {
      // the formulas' second reading: their text only, no values
      if (!c.formula || c.row < 0 || c.col < 0 || !wanted(c)) return;
      let ft: FormulaText | undefined = { text: c.whole, row: c.row + 1 };
      if (c.si !== null) {
        if (c.whole !== "") groups.set(c.si, ft);
        else ft = groups.get(c.si);
      }
      if (ft && (!only || only.has(c.col))) (texts[c.row] ?? (texts[c.row] = []))[c.col] = ft;
      return;
    }
    const value = cellValue(c, ctx, ctx.styles[c.s] === "text" ? shownAsText : shown, numbers);
    if (value === null) return;
    if (++ctx.counted.cells > ZIP_LIMITS.maxCells) throw xlsxProblem({ code: "too_many_cells", params: { limit: ZIP_LIMITS.maxCells } });
    if (c.row >= ZIP_LIMITS.maxRows) throw xlsxProblem({ code: "too_many_rows", params: { sheet: ctx.name, limit: ZIP_LIMITS.maxRows } });
    if (c.col >= ZIP_LIMITS.maxColumns || c.row < 0 || c.col < 0) return;
    (rows[c.row] ?? (rows[c.row] = []))[c.col] = value;
    if (value === SHARED_MARK) ctx.sharedAt?.push(c.row, c.col, decimalIndex(c.v ?? ""), ctx.styles[c.s] === "text" ? 1 : 0);
  };

  return {
    open(tag) {
      if (inCell) {
        // inside a cell only its own children matter; the path is kept for an inline string's runs
        const local = path.open(tag);
        if (++cellDepth === 1) {
          inV = local === "v";
          inF = local === "f";
          if (inV) cell.v = "";
          else if (inF) {
            cell.formula = true;
            if (texts && tag.attr("t") === "shared") cell.si = tag.attr("si") ?? null;
          }
          else if (local === "is") cell.inline = new StringItemText(path, 5);
        } else if (cell.inline) cell.inline.open(local);
        return;
      }
      const local = path.open(tag);
      const d = path.depth;
      if (d === 2) { inData = local === "sheetData" && path.at(1) === "worksheet"; return; }
      if (!inData) {
        // merged ranges come after the cells
        if (ctx.merges && d === 3 && path.is("worksheet", "mergeCells", "mergeCell")) {
          const ref = tag.attr("ref");
          if (ref) ctx.merges.push(ref);
        }
        return;
      }
      if (d === 3 && local === "row") {
        const rr = tag.attr("r");
        const r = rr === undefined ? NaN : decimalIndex(rr);
        rowExplicit = Number.isInteger(r) && r >= 1;
        rowIndex = rowExplicit ? r - 1 : rowIndex + 1;
        if (ctx.headRows !== undefined && rowIndex >= ctx.headRows) throw HEAD_READ;
        if (ctx.hiddenRows) {
          const hidden = tag.attr("hidden");
          if (hidden === "1" || hidden === "true") ctx.hiddenRows.push(rowIndex + 1);
        }
        rowHasCell = false;
        col = -1;
      } else if (d === 4 && local === "c" && path.at(1) === "row") {
        // every cell has these: read as written, and decoded only when their shape is not what
        // decoding leaves as it is (a reference's letters and digits, a style's digits), which
        // is a tenth of a return's sheet read when done for every cell
        const a = tag.written;
        const ref = a.r;
        let row = rowIndex;
        if (ref !== undefined && (cellRef(ref) || cellRef(tag.decode(ref)))) {
          col = REF.col;
          row = REF.row;
          if (!rowExplicit && !rowHasCell) rowIndex = row; // a row without r takes its first cell's
        } else col++;
        rowHasCell = true;
        inCell = true;
        cellDepth = 0;
        cell.row = row;
        cell.col = col;
        const t = a.t;
        cell.t = t === undefined ? "n" : tag.decode(t);
        const st = a.s;
        cell.s = st === undefined ? 0 : decimalIndex(decimalOnly(st) ? st : tag.decode(st));
        cell.formula = false;
        cell.si = null;
        cell.whole = "";
        cell.f = null;
        cell.v = null;
        cell.inline = null;
        inV = false;
      }
    },
    close() {
      if (inCell) {
        if (cellDepth === 0) { place(cell); inCell = false; }
        else if (--cellDepth === 0) inV = inF = false;
        else cell.inline?.close();
      } else if (path.depth === 2) inData = false;
      path.close();
    },
    text(read, keep) {
      if (!inCell) return;
      if (inV) cell.v = cell.v ? cell.v + read() : read();
      else if (inF) {
        if (texts && wanted(cell)) cell.whole += read();
        // a piece past the limit, or a second piece beyond it, leaves the formula unquoted
        const first = cell.f;
        const next = keep(FORMULA_KEPT);
        cell.f = first === null ? next : next && ((): string => first() + next());
      } else cell.inline?.add(read);
    },
  };
}

const SHARED_CELLS = new WeakMap<readonly string[], CellValue[]>();
/** SHARED_CELLS of the cells in the Text format (their values marked textStyle). */
const SHARED_TEXT_CELLS = new WeakMap<readonly string[], CellValue[]>();

/**
 * The value of a cell showing shared string `i` (none: empty), one for every cell that shows it; `cells` is
 * SHARED_TEXT_CELLS' for a cell in the Text format, whose value says so (textStyle).
 */
function sharedCell(shared: readonly string[], cells: CellValue[], i: number, asText = false): CellValue {
  return cells[i] ?? (cells[i] = text(shared[i] ?? "", asText));
}

/** The values of the cells at `sharedAt` (SheetContext.sharedAt), set in `rows` from `shared`. */
export function placeSharedStrings(rows: CellValue[][], sharedAt: readonly number[], shared: readonly string[]): void {
  let cells = SHARED_CELLS.get(shared);
  if (!cells) SHARED_CELLS.set(shared, (cells = []));
  let textCells = SHARED_TEXT_CELLS.get(shared);
  if (!textCells) SHARED_TEXT_CELLS.set(shared, (textCells = []));
  for (let k = 0; k + 3 < sharedAt.length; k += 4) {
    const row = rows[sharedAt[k] ?? 0];
    const asText = sharedAt[k + 3] === 1;
    if (row) row[sharedAt[k + 1] ?? 0] = sharedCell(shared, asText ? textCells : cells, sharedAt[k + 2] ?? NaN, asText);
  }
}

const STORED_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Whether a value holds only digits, `.` and `-`: then Number() takes it exactly when
 * STORED_NUMBER does (a sign, digits, at most one point), and the expression is not needed.
 */
function decimalOnly(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46 && c !== 45) return false;
  }
  return true;
}

/** A text cell's value; `asText`: its format is Text (@), said (textStyle). */
const text = (s: string, asText = false): CellValue => (s === "" ? { type: "empty" } : asText ? { type: "string", text: s, textStyle: true } : { type: "string", text: s });

/** The number values of a sheet so far, by the text stored and the style's kind (values are never changed in place). */
interface NumberValues { plain: Map<string, CellValue>; percent: Map<string, CellValue> }
/** how many distinct numbers a sheet keeps one value of (its plan columns repeat a few; the inputs rarely) */
const NUMBERS_KEPT = 4096;

// one value for every formula cell without a result whose text is not kept (a return written by a script has thousands)
const UNCALCULATED: CellValue = { type: "uncalculated" };

/** A formula without a result, of text `f`: one that is only an error value (=#N/A) has it for result, nothing to calculate. */
function uncalculated(f: string): CellValue {
  const code = errorLiteral(f);
  return code === null ? { type: "uncalculated", formula: f } : { type: "error", code };
}

/** A cell's value, or null when it holds nothing (a styled blank). */
function cellValue(c: OpenCell, ctx: SheetContext, sharedCells: CellValue[], numbers: NumberValues): CellValue | null {
  // a typed text (a shared or inline string, never a formula's result) in the Text format says so (CellValue textStyle)
  const asText = ctx.styles[c.s] === "text";
  if (c.t === "inlineStr" && c.inline) return text(c.inline.text, asText && !c.formula);
  if (c.v === null || c.v === "") {
    // a formula with no cached value has not been calculated; t="str" with <v></v> is a formula that gave ""
    if (c.formula && !(c.t === "str" && c.v === "")) return c.f ? uncalculated(c.f()) : UNCALCULATED;
    return c.v === null ? null : c.t === "str" ? { type: "empty" } : null;
  }
  const v = c.v;
  switch (c.t) {
    case "s": return ctx.sharedAt ? SHARED_MARK : sharedCell(ctx.shared, sharedCells, decimalIndex(v), asText);
    case "str": return text(cellString(v));
    case "inlineStr": return text(cellString(v), asText && !c.formula);
    case "b": return { type: "boolean", value: v.trim() === "1" || v.trim() === "true" };
    // a formula's error result says it is a formula's, quoted where its text was kept (FORMULA_KEPT); a formula that
    // is only an error value (LibreOffice's <f>#DIV/0!</f> for a typed one) is that value, no one's formula
    case "e": {
      const f = c.formula ? (c.f ? c.f() : "") : null;
      return f === null || errorLiteral(f) !== null ? { type: "error", code: v } : { type: "error", code: v, formula: f };
    }
    case "d": return { type: "date", iso: v.slice(0, 10) };
    default: {
      // a number as SpreadsheetML stores it (xsd:double), not whatever Number() takes (0x10, Infinity)
      // a number in the Text format was typed before the format was set: a number, as in the General format
      const style = ctx.styles[c.s] ?? "plain";
      const kind = style === "text" ? "plain" : style;
      // a sheet repeats few numbers in its plan columns (0, 1, 100 on every row): one value each
      const known = kind === "date" || typeof kind === "object" ? undefined : numbers[kind].get(v);
      if (known) return known;
      const n = Number(v);
      if (!Number.isFinite(n) || (!decimalOnly(v) && !STORED_NUMBER.test(v))) return text(v);
      const value = storedNumber(n, kind, ctx.date1904);
      if (kind !== "date" && typeof kind !== "object" && numbers[kind].size < NUMBERS_KEPT) numbers[kind].set(v, value);
      return value;
    }
  }
}
