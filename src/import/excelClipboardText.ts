import { excelClipboardRows } from "./excelClipboardRows";
import { gridLines } from "./gridText";

/**
 * A paste quoted as Excel and WPS quote their text (excelClipboardRows) as the text the importer reads
 * (gridLines: a row per line, a cell's line breaks kept, the quotes gone), with the lines each row is
 * named by: `rows`, for each line of `text`, the line of `text` its row starts on (the task pane shows
 * `text` in its box), `lastRows` the one it ends on; `pastedRows` and `pastedLastRows`, the lines of the
 * paste it starts and ends on (a .txt file as saved; excelClipboardRows' `lines`). The starts tell the
 * importer which lines are one row (rules/cellBreaks), so a line break in any cell, the first included,
 * stays in its row; the ends let its line say which lines were joined (第 3—7 行合为一行). Null when the
 * paste is not quoted so.
 */
export function excelClipboardText(pasted: string): { text: string; rows: number[]; lastRows: number[]; pastedRows: number[]; pastedLastRows: number[] } | null {
  const read = excelClipboardRows(pasted);
  if (read === null) return null;
  const { text, rows: record } = gridLines(read.cells);
  // the first and last line of text each record (1-based) became
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  record.forEach((r, i) => {
    if (!first.has(r)) first.set(r, i + 1);
    last.set(r, i + 1);
  });
  return {
    text,
    rows: record.map((r) => first.get(r) ?? r),
    lastRows: record.map((r) => last.get(r) ?? r),
    pastedRows: record.map((r) => read.lines[r - 1]?.[0] ?? r),
    pastedLastRows: record.map((r) => read.lines[r - 1]?.[1] ?? r),
  };
}
