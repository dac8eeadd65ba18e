/**
 * A category written down the left edge one character per line, as a tall merged cell comes out
 * of a PDF or a web page: `社` `会` `保` `障` in the first cell of successive rows. Joined into one
 * category (`社会保障`) on the first of those rows; the others get an empty category cell.
 */
export interface EdgeCategory {
  /** 0-based index of the first row of the run */
  at: number;
  /** how many rows the run covers */
  rows: number;
  word: string;
}

const ONE_HAN = /^[\u3400-\u9fff\uf900-\ufaff]$/u;

/** Finds the runs (two rows or more) and rewrites the rows' first cells in place. */
export function joinEdgeCategories(grid: string[][], from: number): EdgeCategory[] {
  const found: EdgeCategory[] = [];
  let i = from;
  while (i < grid.length) {
    const isEdge = (r: readonly string[] | undefined): boolean =>
      r !== undefined && ONE_HAN.test(r[0] ?? "") && r.slice(1).some((c) => c !== "");
    if (!isEdge(grid[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < grid.length && isEdge(grid[j])) j++;
    if (j - i >= 2) {
      const word = grid.slice(i, j).map((r) => r[0] ?? "").join("");
      grid.slice(i, j).forEach((r, n) => {
        r[0] = n === 0 ? word : "";
      });
      found.push({ at: i, rows: j - i, word });
    }
    i = j;
  }
  return found;
}
