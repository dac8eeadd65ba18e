/**
 * What the text an import reads was made from, so that what it says names the source's own rows:
 * a worksheet's row numbers, a document table's rows, or the lines of a paste. A cell with line
 * breaks becomes several lines of text (gridLines), so a line's number is not its row's.
 */
export interface TableSource {
  /** paste: text pasted or read from a text file; sheet: a sheet of a workbook; csv: a .csv file (its records are rows, as Excel shows them); docx, html: a table of a Word document or a web page */
  kind: "paste" | "sheet" | "csv" | "docx" | "html";
  /** for each line of the text (0-based), the 1-based row of the source it comes from; a line beyond it keeps its own number */
  rows?: readonly number[];
  /**
   * for each line of the text (0-based), the last row of the source its row spans, where that is not its
   * `rows` entry: a row Excel quoted over several lines of a paste (excelClipboardText), named by its first
   * line, spans to this one; absent: each line's row ends where it starts
   */
  lastRows?: readonly number[];
  /** the worksheet's name, when known (a range selected in Excel): a row is named 工作表「sheet」第 N 行 */
  sheet?: string | undefined;
  /**
   * a sheet import chose itself (no --sheet) where none has a header: how many of the workbook's sheets with contents
   * were searched, when more than one (the refusal says none looked like a table, not only the one named)
   */
  searched?: number | undefined;
  /** the text was pasted into the task pane's box (not read from a file): a line is named as the box's line */
  box?: boolean | undefined;
  /**
   * for a paste, the program it was copied from when the clipboard said so (its HTML's markers) or
   * the text shows it (Excel's quoted cells: `spreadsheet`): the messages name it (从 Excel 复制的表格)
   * instead of guessing a web page; absent when unknown
   */
  copiedFrom?: "excel" | "wps" | "libreoffice" | "word" | "spreadsheet" | undefined;
}

export const PASTED: TableSource = { kind: "paste" };

/** The number a message gives line `at` (0-based) of the text: its source row, else its 1-based line. */
export function sourceRow(source: TableSource, at: number): number {
  return source.rows?.[at] ?? at + 1;
}

/** The last source row of the row line `at` (0-based) belongs to (`lastRows`), else its own (sourceRow). */
export function sourceLastRow(source: TableSource, at: number): number {
  return source.lastRows?.[at] ?? sourceRow(source, at);
}

/**
 * Whether the text was read in the task pane (pasted into its box, or a range selected in Excel,
 * which names its sheet), not by the command line's import: what a message tells the person to do
 * names the pane's preview and boxes, or the CLI's options and the template file it wrote.
 */
export function fromPane(source: TableSource): boolean {
  return source.box === true || (source.kind === "sheet" && Boolean(source.sheet));
}
