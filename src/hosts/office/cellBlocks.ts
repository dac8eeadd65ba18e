import { consecutiveRuns, keyCol, keyRow, type Rect } from "./addressing";
import { ACTION_BYTES, utf8Length } from "./requestSize";

export type CellScalar = string | number | boolean;

/** One write: a single value for every cell of the rectangle, or a 2-D array (null: the cell is left as it is). */
export type CellBlock =
  | (Rect & { kind: "scalar"; value: CellScalar })
  | (Rect & { kind: "grid"; grid: Array<Array<CellScalar | null>> });

function bytes(v: CellScalar): number {
  return typeof v === "string" ? utf8Length(JSON.stringify(v)) : String(v).length;
}

/**
 * The writes that give every listed cell its value, with as little request payload as
 * possible: per column, runs of consecutive rows; a run that is all one value becomes one
 * scalar write; a run mostly of one value becomes a scalar write of that value followed by
 * writes of the exceptions; other runs become 2-D arrays. Adjacent columns with the same
 * rows are then merged into one rectangle. Blocks are returned in the order they must be
 * applied (bases before their exceptions); no cell outside the map is touched.
 */
export function cellBlocks(cells: ReadonlyMap<number, CellScalar>, maxBlockBytes = MAX_BLOCK_BYTES): CellBlock[] {
  const base: CellBlock[] = [];
  const overrides: CellBlock[] = [];
  for (const [col, rows] of byColumn(cells)) {
    for (const group of nearRuns(consecutiveRuns(rows))) {
      // runs a few rows apart (a column blank on some rows: the 审核 sheet's 序时应达 of rows without one) cost a
      // write each; one 2-D array over them, null in the gaps (Excel leaves a cell under a null as it is, as
      // denseBlocks writes), when that costs fewer bytes (issue 19: 1,146 writes took 生成审核表 at 5,000 rows to a third sync)
      const runBase: CellBlock[] = [];
      const runOverrides: CellBlock[] = [];
      for (const [r0, r1] of group) planRun(col, r0, valuesOf(cells, col, r0, r1), runBase, runOverrides);
      const joined = group.length > 1 ? joinedGrid(cells, col, group) : null;
      if (joined && gridCost(joined.grid) < [...runBase, ...runOverrides].reduce((n, b) => n + blockCost(b), 0)) {
        base.push(joined);
      } else {
        base.push(...runBase);
        overrides.push(...runOverrides);
      }
    }
  }
  return [...mergeColumns(base), ...mergeColumns(overrides)].flatMap((b) => splitRows(b, maxBlockBytes));
}

/** A column's runs of rows, grouped where the next run starts at most NEAR_ROWS rows after the last one ended. */
function nearRuns(runs: ReadonlyArray<[number, number]>): Array<Array<[number, number]>> {
  const groups: Array<Array<[number, number]>> = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    const end = last?.[last.length - 1]?.[1];
    if (last && end !== undefined && run[0] - end - 1 <= NEAR_ROWS) last.push(run);
    else groups.push([run]);
  }
  return groups;
}

/** A column's rows from its group's first run to its last as one 2-D array, null in the gaps (nothing is written there). */
function joinedGrid(cells: ReadonlyMap<number, CellScalar>, col: number, group: ReadonlyArray<[number, number]>): CellBlock & { kind: "grid" } {
  const r0 = group[0]?.[0] ?? 0;
  const r1 = group[group.length - 1]?.[1] ?? r0;
  const grid: Array<Array<CellScalar | null>> = [];
  for (let r = r0; r <= r1; r++) grid.push([cells.get(r * 16384 + col) ?? null]);
  return { kind: "grid", r0, r1, c0: col, c1: col, grid };
}

/** The gap, in blank rows, across which two runs of a column may be written as one 2-D array. */
const NEAR_ROWS = 4;

function valuesOf(cells: ReadonlyMap<number, CellScalar>, col: number, r0: number, r1: number): CellScalar[] {
  const values: CellScalar[] = [];
  for (let r = r0; r <= r1; r++) values.push(cells.get(r * 16384 + col) as CellScalar);
  return values;
}

/** What a write costs in a request, as planRun weighs it: an action, and each value with its separators (null: 4). */
function gridCost(grid: ReadonlyArray<ReadonlyArray<CellScalar | null>>): number {
  return grid.reduce<number>((n, row) => row.reduce<number>((m, v) => m + (v === null ? 4 : bytes(v)) + 3, n), ACTION_BYTES);
}

function blockCost(b: CellBlock): number {
  return b.kind === "scalar" ? ACTION_BYTES + bytes(b.value) : gridCost(b.grid);
}

/**
 * The writes that give every listed cell its value as 2-D arrays over bands of consecutive rows (each band's
 * columns from its first listed cell to its last), null in the cells not listed: Excel leaves a cell under a null
 * as it is ("null input in 2-D array", Excel JavaScript API docs), so no cell outside the map is touched. Where the
 * cells change kind from column to column and row to row (the 评估 sheet's 附表: text, numbers, empty years) this is
 * one write per band where cellBlocks makes one per column run and exception, each with its own range and path
 * (at 5,000 indicators about 4,000 writes). Bands are cut into rows of at most `maxBlockBytes`.
 */
export function denseBlocks(cells: ReadonlyMap<number, CellScalar>, maxBlockBytes = MAX_BLOCK_BYTES): CellBlock[] {
  const rows = new Map<number, number[]>();
  for (const k of cells.keys()) {
    const r = keyRow(k);
    let cols = rows.get(r);
    if (!cols) rows.set(r, (cols = []));
    cols.push(keyCol(k));
  }
  const out: CellBlock[] = [];
  for (const [r0, r1] of consecutiveRuns([...rows.keys()].sort((a, b) => a - b))) {
    let c0 = Infinity;
    let c1 = -Infinity;
    for (let r = r0; r <= r1; r++) for (const c of rows.get(r) ?? []) { c0 = Math.min(c0, c); c1 = Math.max(c1, c); }
    const grid: Array<Array<CellScalar | null>> = [];
    for (let r = r0; r <= r1; r++) {
      const row: Array<CellScalar | null> = [];
      for (let c = c0; c <= c1; c++) row.push(cells.get(r * 16384 + c) ?? null);
      grid.push(row);
    }
    out.push(...splitRows({ kind: "grid", r0, r1, c0, c1, grid }, maxBlockBytes));
  }
  return out;
}

/** No single write bigger than this, so that any write fits in a request with room to spare. */
export const MAX_BLOCK_BYTES = 500_000;

/** Cuts a 2-D array into bands of rows of at most `max` bytes each. */
function splitRows(b: CellBlock, max: number): CellBlock[] {
  if (b.kind === "scalar") return [b];
  const out: CellBlock[] = [];
  let start = 0;
  let size = 0;
  b.grid.forEach((row, i) => {
    const n = utf8Length(JSON.stringify(row)) + 1;
    if (size > 0 && size + n > max) {
      out.push({ kind: "grid", r0: b.r0 + start, r1: b.r0 + i - 1, c0: b.c0, c1: b.c1, grid: b.grid.slice(start, i) });
      start = i;
      size = 0;
    }
    size += n;
  });
  out.push({ kind: "grid", r0: b.r0 + start, r1: b.r1, c0: b.c0, c1: b.c1, grid: b.grid.slice(start) });
  return out;
}

/** Maximal rectangles of equal values (for formats: no arrays, only scalars). */
export function uniformRects<T>(cells: ReadonlyMap<number, T>, keyOf: (v: T) => string): Array<Rect & { value: T }> {
  const blocks: Array<Rect & { value: T; key: string }> = [];
  for (const [col, rows] of byColumn(cells)) {
    let start = -1;
    let prevKey = "";
    let prevRow = -2;
    let prevVal: T | undefined;
    const close = (): void => {
      if (start >= 0 && prevVal !== undefined) blocks.push({ r0: start, r1: prevRow, c0: col, c1: col, value: prevVal, key: prevKey });
    };
    for (const r of rows) {
      const v = cells.get(r * 16384 + col) as T;
      const k = keyOf(v);
      if (r === prevRow + 1 && k === prevKey) { prevRow = r; continue; }
      close();
      start = r; prevRow = r; prevKey = k; prevVal = v;
    }
    close();
  }
  const open = new Map<string, Rect & { value: T; key: string }>();
  const out: Array<Rect & { value: T }> = [];
  for (const b of blocks) {
    const id = `${b.r0}:${b.r1}:${b.key}`;
    const o = open.get(id);
    if (o && o.c1 === b.c0 - 1) { o.c1 = b.c0; continue; }
    const fresh = { ...b };
    open.set(id, fresh);
    out.push(fresh);
  }
  return out.map(({ r0, c0, r1, c1, value }) => ({ r0, c0, r1, c1, value }));
}

function byColumn<T>(cells: ReadonlyMap<number, T>): Array<[number, number[]]> {
  const cols = new Map<number, number[]>();
  for (const k of cells.keys()) {
    const c = keyCol(k);
    let rows = cols.get(c);
    if (!rows) cols.set(c, (rows = []));
    rows.push(keyRow(k));
  }
  return [...cols.entries()].sort((a, b) => a[0] - b[0]).map(([c, rows]) => [c, rows.sort((a, b) => a - b)]);
}

function planRun(col: number, r0: number, values: CellScalar[], base: CellBlock[], overrides: CellBlock[]): void {
  const counts = new Map<CellScalar, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let mode: CellScalar = values[0] as CellScalar;
  let best = 0;
  for (const [v, n] of counts) if (n > best) { best = n; mode = v; }
  const r1 = r0 + values.length - 1;
  if (best === values.length) {
    base.push(values.length === 1 ? { kind: "grid", r0, r1, c0: col, c1: col, grid: [[mode]] } : { kind: "scalar", r0, r1, c0: col, c1: col, value: mode });
    return;
  }
  // exceptions to the most common value, as runs
  const exceptions: Array<{ r0: number; values: CellScalar[] }> = [];
  values.forEach((v, i) => {
    if (v === mode) return;
    const last = exceptions[exceptions.length - 1];
    if (last && last.r0 + last.values.length === r0 + i) last.values.push(v);
    else exceptions.push({ r0: r0 + i, values: [v] });
  });
  const arrayCost = values.reduce<number>((n, v) => n + bytes(v) + 3, ACTION_BYTES);
  const baseCost = ACTION_BYTES + bytes(mode) + exceptions.reduce<number>((n, e) => n + ACTION_BYTES + e.values.reduce<number>((m, v) => m + bytes(v) + 3, 0), 0);
  if (baseCost >= arrayCost) {
    base.push({ kind: "grid", r0, r1, c0: col, c1: col, grid: values.map((v) => [v]) });
    return;
  }
  base.push({ kind: "scalar", r0, r1, c0: col, c1: col, value: mode });
  for (const e of exceptions) {
    const er1 = e.r0 + e.values.length - 1;
    const same = e.values.every((v) => v === e.values[0]);
    overrides.push(same && e.values.length > 1
      ? { kind: "scalar", r0: e.r0, r1: er1, c0: col, c1: col, value: e.values[0] as CellScalar }
      : { kind: "grid", r0: e.r0, r1: er1, c0: col, c1: col, grid: e.values.map((v) => [v]) });
  }
}

/** Joins single-column blocks of adjacent columns that cover the same rows. */
function mergeColumns(blocks: CellBlock[]): CellBlock[] {
  const open = new Map<string, CellBlock>();
  const out: CellBlock[] = [];
  for (const b of blocks) {
    const id = b.kind === "scalar" ? `${b.r0}:${b.r1}:s:${typeof b.value}:${String(b.value)}` : `${b.r0}:${b.r1}:g`;
    const o = open.get(id);
    if (o && o.c1 === b.c0 - 1) {
      o.c1 = b.c1;
      if (o.kind === "grid" && b.kind === "grid") o.grid.forEach((row, i) => row.push(...(b.grid[i] ?? [])));
      continue;
    }
    const fresh: CellBlock = b.kind === "grid" ? { ...b, grid: b.grid.map((row) => [...row]) } : { ...b };
    open.set(id, fresh);
    out.push(fresh);
  }
  return out;
}
