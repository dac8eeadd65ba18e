import { isUncalculated } from "../domain/isUncalculated";
import { parseA1 } from "./a1";
import { cellRanges } from "./cellRanges";
import type { CheckItem } from "./CheckReport";
import { gridCell, type GridSheet } from "./Grid";
import type { WorkbookProblemParams } from "./WorkbookProblem";

/** the fewest value cells with no result said once for their sheet: one or two read as well cell by cell */
export const UNCALCULATED_LEAST = 3;
/** the share of the sheet's own status formulas with no result that tells a sheet nothing ever calculated (a few typed over) */
const STATUS_SHARE = 0.8;

/**
 * A sheet whose formulas were never calculated (a script wrote the file: openpyxl and some exporters store formulas with
 * no result), said once (workbook problem formulas_uncalculated) in place of a line for each value cell: `count` cells of
 * formulas with no result (isUncalculated: the year's, an earlier year's), `cells` them as ranges (cellRanges, one a line,
 * spanning blank cells and rows not the plan's),
 * `rows` the rows counted 数据异常 for it. Said so where at least UNCALCULATED_LEAST value cells are such and the sheet's
 * own status formulas hold no result either (at least STATUS_SHARE of its rows'): nothing on the sheet was calculated, so
 * one cause and one remedy (open and save it in a spreadsheet program) cover them all. Where its status formulas were
 * calculated (the file saved by Excel, a formula then added by a tool that keeps results), each cell is its own problem and
 * keeps its line; so does every cell of a sheet without its status column. Each issue said so is marked
 * `params.uncalculatedSheet` 1 (what the row's 问题 says in short: issueText), its message and facts kept (--json).
 */
export function uncalculatedSheet(s: GridSheet, items: readonly CheckItem[]): WorkbookProblemParams["formulas_uncalculated"] | null {
  const issues = items.flatMap((i) => i.issues.filter((x) => x.cell !== undefined && isUncalculated(x)));
  const cells = [...new Set(issues.map((x) => x.cell ?? ""))];
  if (cells.length < UNCALCULATED_LEAST) return null;
  const status = items.flatMap((i) => { const at = parseA1(i.statusCell); return at ? [gridCell(s, at.row, at.col)] : []; });
  if (status.length === 0 || status.filter((v) => v.type === "uncalculated").length < STATUS_SHARE * status.length) return null;
  for (const x of issues) x.params = { ...x.params, uncalculatedSheet: 1 };
  const rows = items.filter((i) => i.status === "invalid" && i.issues.some((x) => x.code === "formula_uncalculated")).length;
  // a range goes on over a row that is no row of the plan (a heading) and over a cell holding nothing: what it holds is theirs
  const planRows = new Set(items.flatMap((i) => { const at = parseA1(i.statusCell); return at ? [at.row] : []; }));
  const spanned = (col: number, row: number): boolean => !planRows.has(row) || gridCell(s, row, col).type === "empty";
  return { sheet: s.name, count: cells.length, rows, cells: cellRanges(cells, spanned).join("\n") };
}
