import { columnLetter, columnNumber } from "../../sheet/a1";

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** A compact key for a cell, for maps keyed by position. */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16384);
}

export function keyCol(key: number): number {
  return key % 16384;
}

/** "B3" → {row: 3, col: 2}; null when it is not a single A1 cell. */
export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return null;
  const row = Number(m[2]);
  const col = columnNumber(m[1]);
  return row >= 1 && row <= 1048576 && col >= 1 && col <= 16384 ? { row, col } : null;
}

/** "B3:D7" or "B3" → a rectangle; null otherwise. */
export function parseRect(address: string): Rect | null {
  const [a, b, extra] = address.split(":");
  if (a === undefined || extra !== undefined) return null;
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

export function rectAddress(r: Rect): string {
  const tl = `${columnLetter(r.c0)}${r.r0}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? tl : `${tl}:${columnLetter(r.c1)}${r.r1}`;
}

/** Whole columns, e.g. "C:E". */
export function columnsAddress(c0: number, c1: number): string {
  return `${columnLetter(c0)}:${columnLetter(c1)}`;
}

/** Whole rows, e.g. "2:2". */
export function rowsAddress(r0: number, r1: number): string {
  return `${r0}:${r1}`;
}

/** Groups sorted integers into runs of consecutive numbers. */
export function consecutiveRuns(sorted: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n !== last[1]) runs.push([n, n]);
  }
  return runs;
}
