import { bareNumber, splitNumbering } from "./numbering";
import { PART_PREFIX, partsInName, SUB_WORD } from "./partsWord";

/**
 * Line breaks inside cells, as a table copied from a web page comes out: every line break in a
 * cell starts a new line of text, so one row becomes several lines, each ending one cell and
 * starting the next. `4.标准班额比例(%)` / `其中:小学` / `初中\t34.5%` / `78.3%\t80%以上` /
 * `85%以上\t预期性` is one row of four cells.
 *
 * Lines are joined only when they are all shorter than a row and together make exactly one row
 * of `width` cells; a line that is itself a row, or starts with a 序号, is never taken in.
 * A joined row whose name cell ends in parts (`其中:小学` / `初中`) with as many values per cell
 * is split into one row per part (the shape the row reader knows: name, part, values).
 */
export interface JoinedRow {
  /** 0-based indexes of the lines joined */
  lines: number[];
  /** the rows (tab-separated lines) that replace them; more than one when split into parts */
  rows: string[];
  /** the parts the row was split into ([] when not split) */
  parts: string[];
}

export interface BrokenCells {
  /** the lines with each joined group replaced by its rows */
  lines: string[];
  /** for each output line, the 0-based input lines it comes from */
  origins: number[][];
  joined: JoinedRow[];
}

const cellsOf = (line: string): string[] => line.split("\t");
/** A line that starts a row of its own: a 序号 with a name after it (`5\t某某率`, `5.某某率`). */
const startsRow = (line: string): boolean => {
  const [first = "", second = ""] = cellsOf(line).map((c) => c.trim());
  const named = (t: string): boolean => /[\u3400-\u9fff\uf900-\ufaff]/u.test(t) && !/^(约束|预期)性?$/.test(t);
  return (bareNumber(first) !== null && named(second)) || splitNumbering(first)?.glued === true;
};

/** A cell's lines as one text, given its column (0-based). */
export type JoinLines = (col: number, lines: readonly string[]) => string;
const runTogether: JoinLines = (_col, lines) => lines.join("");

/**
 * `lines`: the lines after the header; `width`: the cells of a full row; `valueCols`: the value
 * columns (after the name) of the header. `offset` is added to the reported line indexes.
 * `joinLines`: how a cell's lines make its text (by column; default: run together, a wrapped text).
 * `rowOf`: the row of the source a line (0-based, of `lines`) comes from, where the source says it (a
 * worksheet, a .csv, a document's table, a paste quoted as Excel quotes it: a cell's line breaks are lines of
 * one row): the lines of one row are joined whatever their widths (sourceGroup), lines of two rows never
 * (trial27c: a sheet's `二 | 防洪减灾` under a row with a blank last cell was taken for its broken cells).
 */
export function joinBrokenCells(lines: readonly string[], width: number, valueCols: number, offset: number, joinLines: JoinLines = runTogether, rowOf?: (i: number) => number): BrokenCells {
  const out: string[] = [];
  const origins: number[][] = [];
  const joined: JoinedRow[] = [];
  let i = 0;
  while (i < lines.length) {
    const group = takeGroup(lines, i, width, rowOf);
    if (group === null) {
      out.push(lines[i] ?? "");
      origins.push([i + offset]);
      i++;
      continue;
    }
    const cells = mergeCells(lines.slice(i, i + group));
    // a source's row stops at its last filled cell: its blank trailing cells put back, so its values stay under their columns
    while (cells.length < width) cells.push([]);
    const rows = toRows(cells, valueCols, joinLines);
    const at = Array.from({ length: group }, (_, n) => i + n + offset);
    joined.push({ lines: at, rows: rows.rows, parts: rows.parts });
    for (const r of rows.rows) {
      out.push(r);
      origins.push(at);
    }
    i += group;
  }
  return { lines: out, origins, joined };
}

/** How many lines from `i` make one row, or null when they do not. */
function takeGroup(lines: readonly string[], i: number, width: number, rowOf?: (i: number) => number): number | null {
  if (rowOf !== undefined) return sourceGroup(lines, i, rowOf);
  const first = lines[i] ?? "";
  const c0 = cellsOf(first).length;
  if (width < 2 || c0 >= width || first.trim() === "" || (cellsOf(first)[c0 - 1] ?? "").trim() === "") return null;
  let total = c0;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j] ?? "";
    const cells = cellsOf(line);
    if (line.trim() === "" || (cells[0] ?? "").trim() === "" || cells.length >= width || startsRow(line)) return null;
    total += cells.length - 1;
    if (total === width) return j - i + 1;
    if (total > width) return null;
  }
  return null;
}

/**
 * Where the source names each line's row (a sheet, a .csv, a document's table, a paste quoted as Excel
 * quotes it): the lines of one row are that row, whichever cell the breaks are in and however many cells
 * the row has. Read by width alone, a break in the first cell left a one-cell line over a full row, taken
 * for a heading (trial33: `单位GDP二氧化碳` not loaded and the indicator named `排放降低`). Lines whose cells
 * are all in one column (a note's lines below the table, a heading cell with a break) are not joined.
 */
function sourceGroup(lines: readonly string[], i: number, rowOf: (i: number) => number): number | null {
  let j = i + 1;
  while (j < lines.length && rowOf(j) === rowOf(i)) j++;
  if (j - i < 2) return null;
  const cells = lines.slice(i, j).reduce((n, l) => n + cellsOf(l).length - 1, 1);
  return cells >= 2 ? j - i : null;
}

/** The cells of the joined lines, each cell's lines kept apart. */
function mergeCells(lines: readonly string[]): string[][] {
  const cells: string[][] = [];
  for (const line of lines) {
    cellsOf(line).forEach((c, n) => {
      const t = c.trim();
      if (n === 0 && cells.length > 0) {
        if (t !== "") cells[cells.length - 1]?.push(t);
      } else cells.push(t === "" ? [] : [t]);
    });
  }
  return cells;
}

/**
 * The rows of one table row whose cells hold several lines each (`valueCols`: the header's value
 * columns): a name ending in parts (`其中:小学` / `初中`) with as many values per cell is split into
 * a row per part, a name with 其中 sub-indicators into a row each, else one row.
 */
export function toRows(cells: string[][], valueCols: number, joinLines: JoinLines = runTogether): { rows: string[]; parts: string[] } {
  const nameAt = cells.length - valueCols - 1;
  // a first part glued after the name (`标准班额比例(%)其中:小学` / `初中`) is a line of its own, as it is below the name
  const name = (cells[nameAt] ?? []).flatMap((l) => {
    const glued = partsInName(l);
    return glued === null || glued.by !== "" ? [l] : [glued.parent, ...glued.parts.map((part) => `${SUB_WORD}：${part}`)];
  });
  const values = cells.slice(nameAt + 1);
  const n = Math.max(...values.map((v) => v.length), 1);
  const lead = cells.slice(0, Math.max(0, nameAt)).map((c) => c.join(""));
  if (n >= 2 && name.length >= n + 1 && values.every((v) => v.length === n || v.length <= 1)) {
    const parts = name.slice(name.length - n).map((p) => p.replace(PART_PREFIX, ""));
    const whole = name.slice(0, name.length - n).join("");
    const rows = parts.map((part, k) => {
      const vals = values.map((v) => (v.length === n ? (v[k] ?? "") : (v[0] ?? "")));
      return [...(k === 0 ? lead : lead.map(() => "")), k === 0 ? whole : "", part, ...vals].join("\t");
    });
    return { rows, parts };
  }
  // `1.幼儿教师专科及以上学历比例(%)` / `其中:本科及以上学历比例(%)` with a value each: the second
  // is a sub-indicator (其中), one row each, the sub-rows marked 其中 for the row reader
  if (n >= 2 && name.length === n && values.every((v) => v.length === n || v.length <= 1) && PART_PREFIX.test(name[1] ?? "")) {
    const subs = name.slice(1).map((p) => p.replace(PART_PREFIX, ""));
    const rows = name.map((line, k) => {
      const vals = values.map((v) => (v.length === n ? (v[k] ?? "") : (v[0] ?? "")));
      return [...(k === 0 ? lead : lead.map(() => "")), k === 0 ? line : `${SUB_WORD}：${subs[k - 1] ?? ""}`, ...vals].join("\t");
    });
    return { rows, parts: subs };
  }
  // (a row narrower than the value columns keeps an empty name cell before them, as it always has)
  const joined = cells.map((c, col) => joinLines(col, c));
  return { rows: [(nameAt < 0 ? ["", ...joined] : joined).join("\t")], parts: [] };
}

/**
 * The cells of a full row: the most common cell count of the lines that have at least as many
 * cells as the header (the header itself when none has), so a 序号 column without a label counts.
 */
export function rowWidth(lines: readonly string[], headerWidth: number): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = cellsOf(l).length;
    if (n >= headerWidth) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = headerWidth;
  let most = 0;
  for (const [n, c] of counts) if (c > most || (c === most && n < best)) [best, most] = [n, c];
  return best;
}
