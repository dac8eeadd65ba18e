import { headerLines, isIndicatorHeader } from "./header";
import { toSimplified } from "./rules/traditional";
import { readListHeader } from "./lists/listHeader";

/**
 * A table read as cells (a sheet of an .xlsx, a range selected in Excel, a table of a .docx) as
 * the text the importer reads: one line per row, cells separated by tabs. A line break inside a
 * cell is kept as a line break, so the cellBreaks rule reads it as it reads a web page's copy
 * (one reader for both); a tab inside a cell becomes a space. Trailing empty cells and rows go.
 * In the header's rows (the indicator header and the header lines below it) a cell's lines are
 * joined instead: `2020年⏎基期值` (Alt+Enter in Excel, two paragraphs in Word) is one label, and a
 * break there would cut the header line in two.
 */
export function gridToText(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return gridLines(rows).text;
}

/**
 * gridToText with, for each line of the text (0-based), the 1-based row of the grid it comes from:
 * a cell's line breaks make one row several lines, and the importer names a row as the sheet or
 * the table numbers it (TableSource), not by a line of this text. `firstRow`: the number of row 0.
 */
export function gridLines(rows: ReadonlyArray<ReadonlyArray<string>>, firstRow = 1): { text: string; rows: number[] } {
  const header = headerRows(rows);
  const lines = rows.map((row, r) => {
    const cells = row.map((c) =>
      String(c ?? "").replace(/\t/g, " ").split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "").join(header.has(r) ? "" : "\n"),
    );
    let end = cells.length;
    while (end > 0 && cells[end - 1] === "") end--;
    return cells.slice(0, end).join("\t");
  });
  let last = lines.length;
  while (last > 0 && lines[last - 1] === "") last--;
  const kept = lines.slice(0, last);
  return { text: kept.join("\n"), rows: kept.flatMap((l, r) => l.split("\n").map(() => r + firstRow)) };
}

/**
 * The first of the tables whose rows hold an indicator table's header (simplified or traditional), else
 * the first holding a project or reform list's (lists/listHeader): -1 when none does.
 */
export function findPlanTable(tables: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>): number {
  const simplified = tables.map((rows) => rows.map((r) => r.map((c) => toSimplified(c).text)));
  const indicators = simplified.findIndex((rows) => rows.some((r) => isIndicatorHeader(r)));
  return indicators >= 0 ? indicators : simplified.findIndex((rows) => rows.some((r) => readListHeader(r) !== null));
}

/** The indexes of the rows of a grid's indicator header: its first row and the header rows below it (header.ts headerLines; a list's header row; empty when none). */
function headerRows(rows: ReadonlyArray<ReadonlyArray<string>>): Set<number> {
  const simplified = rows.map((r) => r.map((c) => toSimplified(String(c ?? "")).text));
  const out = new Set<number>();
  const first = simplified.findIndex((r) => isIndicatorHeader(r));
  if (first < 0) {
    // a project or reform list's header (`总投资⏎（万元）` is one label too); it has no continuation lines
    const list = simplified.findIndex((r) => readListHeader(r) !== null);
    if (list >= 0) out.add(list);
    return out;
  }
  for (const r of headerLines(simplified, first)) out.add(r);
  return out;
}
