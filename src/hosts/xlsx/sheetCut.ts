import type { XlsxProblem } from "./XlsxReadError";

/** A wide row: about this many cells, each up to this many bytes of XML; more than that is no row of a table's. */
const WIDE_ROW = { cells: 100, bytes: 10 * 1024 };

/**
 * What to delete from a sheet past a limit (sheet_too_big, too_many_rows: `over` the limit passed, `rows` about how many it
 * has, `limit`): "columns" when its rows, each as wide as WIDE_ROW, would stay within the limit, so its size is in what
 * they hold (thousands of columns, a cell of megabytes) and "delete the extra rows below the table" does not fit
 * (trial39c F8: 约 51 行 was told to); else "rows" (past the row limit, or its rows not known). One rule for the reader's
 * own line (describeXlsxProblem) and the words on a unit's file passed over for it (UnusableReason's too_large fix, session 41).
 */
export function sheetCut(p: NonNullable<XlsxProblem["params"]>): "rows" | "columns" {
  if (p.over === "rows" || p.over === undefined || !p.rows || !p.limit) return "rows";
  return p.rows * (p.over === "bytes" ? WIDE_ROW.bytes : WIDE_ROW.cells) < p.limit ? "columns" : "rows";
}
