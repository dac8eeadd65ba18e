import { isHeaderContinuation } from "./header";

/**
 * A tabbed header's lower row as a browser copies it (trial40b F11): under `类别 | 序号 | 指标 | 单位 | 指标值 | | 属性`
 * (指标值 spanning two columns) the page's second header row is `2020年 | 2025年`, its cells only, since the
 * cells above that span both rows are not repeated. Placed under the spans of the row above (a label followed
 * by blank cells, after its first filled cell), in order, when its cells are as many as the spans' columns,
 * all header words or years (isHeaderContinuation), and fewer than the row above: `| | | | 2020年 | 2025年`.
 * Null when the row is no such row (then it is read as it stands).
 */
export function headerRowUnderSpans(above: readonly string[], row: readonly string[]): string[] | null {
  const cells = row.map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  if (cells.length === 0 || cells.length >= above.length || cells.some((c) => c === "") || !isHeaderContinuation(cells)) return null;
  const blank = (c: string | undefined): boolean => (c ?? "").trim() === "";
  const columns: number[] = [];
  for (let i = above.findIndex((c) => !blank(c)) + 1; i > 0 && i < above.length; i++) {
    if (blank(above[i])) continue;
    let end = i + 1;
    while (end < above.length && blank(above[end])) end++;
    // a label over the blank cells after it, with a label after them (a row's trailing blanks are no span)
    if (end - i >= 2 && end < above.length) for (let c = i; c < end; c++) columns.push(c);
    i = end - 1;
  }
  if (columns.length !== cells.length) return null;
  const placed = Array<string>(Math.max(...columns) + 1).fill("");
  columns.forEach((col, k) => { placed[col] = cells[k] ?? ""; });
  return placed;
}
