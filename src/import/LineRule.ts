import type { TableReading } from "./TableReading";

/** A line of the table below its header, as the line rules see it. */
export interface TableLine {
  /** 0-based index of the line (of the lines read) */
  at: number;
  cells: readonly string[];
  /** indexes of the non-empty cells */
  filled: readonly number[];
  /** the first non-empty cell ("" when the line is blank) and its index (-1) */
  first: string;
  firstAt: number;
}

/**
 * What a line rule made of a line: `pass` (not its kind, the next rule reads it), `taken` (read;
 * on to the next line), `end` (the table ends here), or `{ skipTo }` (read up to that line, e.g.
 * a header repeated after a page break).
 */
export type LineOutcome = "pass" | "taken" | "end" | { skipTo: number };

/** A rule for one kind of line (src/import/rules; their order is lineRules.ts). */
export type LineRule = (line: TableLine, reading: TableReading) => LineOutcome;

export function tableLine(cells: readonly string[], at: number): TableLine {
  const filled: number[] = [];
  cells.forEach((c, i) => {
    if (c !== "") filled.push(i);
  });
  const firstAt = filled[0] ?? -1;
  return { at, cells, filled, first: cells[firstAt] ?? "", firstAt };
}
