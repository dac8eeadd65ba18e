import type { CellValue } from "../domain/CellValue";

/** A sheet as a host read it: raw cell contents, row-major, 0-based. */
export interface GridSheet {
  name: string;
  visible: boolean;
  /** rows[r][c] for A1 = rows[0][0]; missing cells are empty */
  rows: CellValue[][];
  /**
   * How many of the sheet's cells hold a formula, where the reader can tell (the .xlsx reader;
   * the task pane from ExcelApi 1.9, where Excel says where they are); absent where it cannot
   */
  formulas?: number;
  /**
   * Where the sheet's formulas are: for each 0-based row, the 0-based columns of its cells that hold
   * one (in no set order), where the reader can tell (the .xlsx reader); absent where it cannot
   */
  formulaCells?: ReadonlyArray<readonly number[] | undefined>;
  /**
   * The 0-based columns formulaCells speaks for, where the reader looked in some columns only (the
   * task pane below ExcelApi 1.9 reads the formulas of the visible status and progress columns:
   * ownFormulaColumns); absent where formulaCells covers every column
   */
  formulaColumns?: readonly number[];
  /**
   * The formulas' text in the 0-based `columns`, [row][col] 0-based, with the 1-based row each is
   * written for (a shared formula's cells take their group's text): the sheet read again, so asked
   * only where a check doubts its own formulas (the .xlsx reader). The task pane's reader gives the value
   * columns' only (valueColumns), read where one of them holds a formula (ExcelApi 1.9; each cell's own text,
   * for its own row), and nothing for other columns; absent elsewhere. Empty when it cannot be read again
   */
  formulaTexts?: (columns: readonly number[]) => ReadonlyArray<ReadonlyArray<FormulaText | undefined> | undefined>;
  /**
   * The sheet's merged ranges (`P10:P11`), where the reader can tell (the .xlsx reader); absent
   * where none or where it cannot (the task pane: ExcelApi 1.8 lists none without a sync a cell)
   */
  merges?: readonly string[];
  /**
   * The 1-based rows the sheet hides (its own key row among them), where the reader can tell (the .xlsx
   * reader); absent where none or where it cannot (the task pane)
   */
  hiddenRows?: readonly number[];
  /** the sheet's cell comments (批注), where the reader was asked for them (rollover): read only then */
  comments?: CellComment[];
  /**
   * The sheet was passed over, not read (its rows are empty): it is past a reader's limit and the
   * command does not need it (a 企业名录 of 200,000 rows beside a return). `rows`: how many
   * rows it has, when the reader could tell, `exact` when counted (its last filled row), else about so many;
   * `over`, the limit it passed (its inflated size, its rows, the workbook's cells)
   */
  notRead?: { rows?: number; exact?: true; over: "bytes" | "rows" | "cells" };
}

/** A cell comment (批注, a note): its cell (A1) and its text. */
export interface CellComment {
  cell: string;
  text: string;
}

export interface GridWorkbook {
  sheets: GridSheet[];
  /** defined names resolved to a sheet and 1-based cell */
  names: Record<string, { sheet: string; row: number; col: number }>;
  /** the workbook counts dates from 1904 (workbookPr date1904, Mac and some WPS workbooks): a date cell's serial means another day there */
  date1904?: true;
  /**
   * When the workbook was last saved, ms since 1970 UTC (docProps/core.xml dcterms:modified, which
   * Excel, WPS and openpyxl write on save and which travels with the file); absent when not said
   */
  savedAt?: number;
  /**
   * The file names of the other workbooks the formulas link to, where the package names them (its
   * externalLink parts: the .xlsx reader): a formula's `[1]` is the first; "" for one not named. Absent
   * where none or where the reader cannot tell (the task pane, whose formulas name the workbook itself). Read by linkedValues
   */
  linkedBooks?: readonly string[];
}

export function gridCell(s: GridSheet, row: number, col: number): CellValue {
  return s.rows[row - 1]?.[col - 1] ?? { type: "empty" };
}

/**
 * A formula's text as stored and the 1-based row it is written for: the cell's own row, or, for a
 * cell of a shared formula (ECMA-376 §18.3.1.40, t="shared" without text of its own), the row
 * of the cell that holds the group's text, whose relative references it takes shifted to its own.
 */
export interface FormulaText {
  text: string;
  row: number;
}

