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

/**
 * Category words of plans' indicator tables, to tell two categories written edge to edge apart.
 * A run is split only when it is made of these words entirely; otherwise it stays one category.
 */
const CATEGORY_WORDS = [
  "社会保障", "社会救助", "社会福利", "社会事务", "社会服务", "基本公共服务", "公共服务", "民生福祉", "民生",
  "康复", "就业", "教育", "文化", "体育", "卫生", "健康", "医疗", "医疗卫生", "养老", "托育", "住房", "收入",
  "脱贫", "扶贫", "维权", "无障碍", "生态", "环境", "绿色", "资源", "能源", "经济", "创新", "开放", "安全",
  "人口", "农业", "农村", "城乡", "交通", "基础设施", "治理", "服务", "保障", "质量", "效益", "发展",
];

/** The run as known words, or as one word when it is not made of them. */
function segment(run: string): string[] {
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= run.length; end++) {
    best[end] = null;
    for (const w of CATEGORY_WORDS) {
      const start = end - w.length;
      const before = start >= 0 ? best[start] : null;
      if (before && run.slice(start, end) === w && (best[end] === null || (best[end]?.length ?? 0) > before.length + 1)) best[end] = [...before, w];
    }
  }
  const words = best[run.length];
  return words && words.length > 1 ? words : [run];
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
      const chars = grid.slice(i, j).map((r) => r[0] ?? "");
      // categories written edge to edge (`就` `业` `教` `育`): split where the run is known words only
      let at = i;
      for (const word of segment(chars.join(""))) {
        grid.slice(at, at + word.length).forEach((r, n) => {
          r[0] = n === 0 ? word : "";
        });
        found.push({ at, rows: word.length, word });
        at += word.length;
      }
    }
    i = j;
  }
  return found;
}
