import { excelClipboardRows } from "./excelClipboardRows";
import { gridLines } from "./gridText";

/**
 * A paste quoted as Excel and WPS quote their text (excelClipboardRows) as the text the importer reads
 * (gridLines: a row per line, a cell's line breaks kept, the quotes gone), with the lines each row is
 * named by: `rows`, for each line of `text`, the line of `text` its row starts on (the task pane shows
 * `text` in its box); `pastedRows`, the line of the paste it starts on (a .txt file as saved). Both tell
 * the importer which lines are one row (rules/cellBreaks), so a line break in any cell, the first
 * included, stays in its row. Null when the paste is not quoted so.
 */
export function excelClipboardText(pasted: string): { text: string; rows: number[]; pastedRows: number[] } | null {
  const cells = excelClipboardRows(pasted);
  if (cells === null) return null;
  const { text, rows: record } = gridLines(cells);
  // the paste's line each record starts on: one line per record, plus the breaks inside its cells
  const starts: number[] = [];
  let line = 1;
  for (const row of cells) {
    starts.push(line);
    line += 1 + row.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  const first = new Map<number, number>();
  record.forEach((r, i) => {
    if (!first.has(r)) first.set(r, i + 1);
  });
  return { text, rows: record.map((r) => first.get(r) ?? r), pastedRows: record.map((r) => starts[r - 1] ?? r) };
}
