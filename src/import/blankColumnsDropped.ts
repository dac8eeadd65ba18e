/**
 * A tabbed table's cells without the columns blank in every row (trial40b F5): a statistics office's sheet
 * puts narrow empty spacer columns between its columns (`序号 | | 指标名称 | 单位 | | 2020年…`); read as
 * columns, every label after one stood a column off its values (整行错位). A column with a header label or
 * any value is kept; a row shorter than the table is blank where it has no cell. `dropped`: the 0-based
 * columns taken out ([] when none, and then `grid` is the one given).
 */
export function blankColumnsDropped(grid: ReadonlyArray<readonly string[]>): { grid: string[][]; dropped: number[] } {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const filled = new Array<boolean>(width).fill(false);
  for (const row of grid) row.forEach((c, i) => { if (c.trim() !== "") filled[i] = true; });
  const dropped = filled.flatMap((f, i) => (f ? [] : [i]));
  // only between filled columns: a row's trailing empties are no column, and a paste's leading tabs (cells under a span) stay
  const first = filled.indexOf(true);
  const inner = dropped.filter((i) => i > first);
  if (inner.length === 0) return { grid: grid.map((r) => [...r]), dropped: [] };
  const gone = new Set(inner);
  return { grid: grid.map((r) => r.filter((_, i) => !gone.has(i))), dropped: inner };
}
