import type { CellValue } from "../../domain/CellValue";
import { columnNumber } from "../../sheet/a1";
import { storedNumber, type NumberFormatKind } from "../storedNumber";
import { ElementPath } from "./ElementPath";
import { parseXmlPart } from "./parseXmlPart";
import { StringItemText } from "./StringItemText";
import { xlsxProblem } from "./xlsxProblem";
import { ZIP_LIMITS } from "./ZIP_LIMITS";

/** What a sheet's cells are read with: the shared strings, each style's number-format kind, the date system. */
export interface SheetContext {
  name: string;
  shared: readonly string[];
  styles: readonly NumberFormatKind[];
  date1904: boolean;
  /** cells that held something so far in the workbook (for ZIP_LIMITS.maxCells), updated */
  counted: { cells: number };
}

interface OpenCell {
  row: number;
  col: number;
  t: string;
  s: number;
  formula: boolean;
  v: string | null;
  inline: StringItemText | null;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The cells of a worksheet part that hold something, as rows[r][c] (0-based, sparse: the caller
 * fills the blanks). A <row> without r follows the previous row; a <c> without r follows the
 * previous cell of its row (ECMA-376 Part 1 §18.3.1.4, §18.3.1.73). A styled cell with no value
 * holds nothing and counts toward no limit. A formula whose cached value is missing or empty
 * (<v></v>, <v/>, as openpyxl writes) is `uncalculated`, never 0.
 */
export function parseWorksheet(bytes: Uint8Array, part: string, ctx: SheetContext): CellValue[][] {
  const rows: CellValue[][] = [];
  const path = new ElementPath();
  let inData = false; // inside worksheet/sheetData
  let rowIndex = -1; // 0-based row of the open <row>, or of the previous one once it closed
  let rowExplicit = false;
  let rowHasCell = false;
  let col = -1; // 0-based column of the previous cell in the row
  let cell: OpenCell | null = null;
  let inV = false;

  const place = (c: OpenCell): void => {
    const value = cellValue(c, ctx);
    if (value === null) return;
    if (++ctx.counted.cells > ZIP_LIMITS.maxCells) throw xlsxProblem({ code: "too_many_cells", params: { limit: ZIP_LIMITS.maxCells } });
    if (c.row >= ZIP_LIMITS.maxRows) throw xlsxProblem({ code: "too_many_rows", params: { sheet: ctx.name, limit: ZIP_LIMITS.maxRows } });
    if (c.col >= ZIP_LIMITS.maxColumns || c.row < 0 || c.col < 0) return;
    (rows[c.row] ?? (rows[c.row] = []))[c.col] = value;
  };

  parseXmlPart(bytes, part, {
    open(tag) {
      const local = path.open(tag);
      const d = path.depth;
      if (cell) {
        if (d === 5) {
          inV = local === "v";
          if (inV) cell.v = "";
          else if (local === "f") cell.formula = true;
          else if (local === "is") cell.inline = new StringItemText(path, 5);
        } else if (cell.inline) cell.inline.open(local);
        return;
      }
      if (d === 2) { inData = local === "sheetData" && path.at(1) === "worksheet"; return; }
      if (!inData) return;
      if (d === 3 && local === "row") {
        const r = Number(tag.attr("r"));
        rowExplicit = Number.isInteger(r) && r >= 1;
        rowIndex = rowExplicit ? r - 1 : rowIndex + 1;
        rowHasCell = false;
        col = -1;
      } else if (d === 4 && local === "c" && path.at(1) === "row") {
        const ref = tag.attr("r");
        const m = ref === undefined ? null : REF.exec(ref);
        let row = rowIndex;
        if (m?.[1] && m[2]) {
          col = columnNumber(m[1].toUpperCase()) - 1;
          row = Number(m[2]) - 1;
          if (!rowExplicit && !rowHasCell) rowIndex = row; // a row without r takes its first cell's
        } else col++;
        rowHasCell = true;
        cell = { row, col, t: tag.attr("t") ?? "n", s: Number(tag.attr("s") ?? 0), formula: false, v: null, inline: null };
      }
    },
    close() {
      const d = path.depth;
      if (cell) {
        if (d === 4) { place(cell); cell = null; }
        else if (d === 5) inV = false;
        else cell.inline?.close();
      } else if (d === 2) inData = false;
      path.close();
    },
    text(read) {
      if (!cell) return;
      if (inV) cell.v += read();
      else cell.inline?.add(read);
    },
  });
  return rows;
}

const text = (s: string): CellValue => (s === "" ? { type: "empty" } : { type: "string", text: s });

/** A cell's value, or null when it holds nothing (a styled blank). */
function cellValue(c: OpenCell, ctx: SheetContext): CellValue | null {
  if (c.t === "inlineStr" && c.inline) return text(c.inline.text);
  if (c.v === null || c.v === "") {
    // a formula with no cached value has not been calculated; t="str" with <v></v> is a formula that gave ""
    if (c.formula && !(c.t === "str" && c.v === "")) return { type: "uncalculated" };
    return c.v === null ? null : c.t === "str" ? { type: "empty" } : null;
  }
  const v = c.v;
  switch (c.t) {
    case "s": return text(ctx.shared[Number(v)] ?? "");
    case "str": case "inlineStr": return text(v);
    case "b": return { type: "boolean", value: v.trim() === "1" || v.trim() === "true" };
    case "e": return { type: "error", code: v };
    case "d": return { type: "date", iso: v.slice(0, 10) };
    default: {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n)) return text(v);
      return storedNumber(n, ctx.styles[c.s] ?? "plain", ctx.date1904);
    }
  }
}
