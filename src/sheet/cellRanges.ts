import { columnLetter, parseA1 } from "./a1";

/**
 * Cells (A1) as the fewest rectangles a person reads at a glance: each column's cells in runs, a run going on over the
 * cells `spanned` says hold nothing to name (a heading row, a blank cell: every filled cell of a range is then one of
 * them), then neighbouring columns with the same runs joined (I4:K51 for 144 cells of three years). Top down, left to
 * right; a range of one cell is the cell.
 */
export function cellRanges(cells: readonly string[], spanned: (col: number, row: number) => boolean): string[] {
  const byColumn = new Map<number, number[]>();
  for (const ref of new Set(cells)) {
    const at = parseA1(ref);
    if (at) byColumn.set(at.col, [...(byColumn.get(at.col) ?? []), at.row]);
  }
  // a column's runs, as first–last row pairs: the next cell continues a run where every cell between is spanned
  const runs = (col: number): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const r of [...(byColumn.get(col) ?? [])].sort((a, b) => a - b)) {
      const last = out[out.length - 1];
      let on = last !== undefined;
      for (let k = (last?.[1] ?? r) + 1; on && k < r; k++) on = spanned(col, k);
      if (last && on) last[1] = r;
      else out.push([r, r]);
    }
    return out;
  };
  const key = (x: Array<[number, number]>): string => x.map(([a, b]) => `${a}-${b}`).join(",");
  const spans: Array<{ from: number; to: number; runs: Array<[number, number]> }> = [];
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    const own = runs(c);
    const last = spans[spans.length - 1];
    if (last && last.to === c - 1 && key(last.runs) === key(own)) last.to = c;
    else spans.push({ from: c, to: c, runs: own });
  }
  const ref = (col: number, row: number): string => `${columnLetter(col)}${row}`;
  return spans
    .flatMap((s) => s.runs.map(([a, b]) => ({ a, b, s })))
    .sort((x, y) => x.a - y.a || x.s.from - y.s.from)
    .map(({ a, b, s }) => (a === b && s.from === s.to ? ref(s.from, a) : `${ref(s.from, a)}:${ref(s.to, b)}`));
}
