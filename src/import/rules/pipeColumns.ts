import { splitLines } from "../text";

// a row a web page's or a reader's text copy writes between pipes: `| 1 | 地区生产总值 | 亿元 | 300 |`; a chat reply's
// or a hand-typed one may leave out the outer pipes (`经济发展 | 1 | 地区生产总值 | 亿元`: trial47d F8 was read as one column `|`)
const PIPE_ROW = /^\s*\|(.*)\|\s*$/;
const INNER_PIPES = /^[^|]*\|.*\|[^|]*$/;
// a Markdown table's rule under its header: `|---|:---:|`
const RULE_ROW = /^\s*\|?(\s*:?-{2,}:?\s*\|)+(\s*:?-{2,}:?\s*)?$/;
/** Rows of this many cells or more make a pipe table (a copy one cell a line writes `| 指标 |`: cellPerLine reads it). */
const LEAST_CELLS = 3;

/**
 * A table whose rows a copy wrote between pipes (`| 指    标 | 2020年 | 2025年 |`, a web page's text or Markdown copy; the outer
 * pipes may be left out: `指标 | 2020年 | 2025年`),
 * as tabbed lines: each pipe row's cells between tabs, a Markdown rule row (`|---|---|`) made blank, the other lines
 * as they are, so the lines keep their numbers. Null when the text has tabs or fewer than two rows of LEAST_CELLS cells
 * between pipes (then the pipes, if any, are a cell's own or a one-cell-a-line copy's).
 */
export function pipeColumns(text: string): string | null {
  if (text.includes("\t")) return null;
  const lines = splitLines(text);
  const cellsOf = (line: string): string[] | null => {
    const inner = PIPE_ROW.exec(line)?.[1] ?? (INNER_PIPES.test(line) ? line : undefined);
    return inner === undefined ? null : inner.split("|").map((c) => c.trim());
  };
  const rows = lines.filter((l) => !RULE_ROW.test(l) && (cellsOf(l)?.length ?? 0) >= LEAST_CELLS);
  if (rows.length < 2) return null;
  return lines.map((l) => (RULE_ROW.test(l) ? "" : (cellsOf(l)?.join("\t") ?? l))).join("\n");
}
