import { headerLines, headerNameAt } from "../header";
import { HAN, dropTrailingEmpty } from "../text";
import { isNameText } from "./nameText";
import { NOTE_START } from "./noteLine";
import { numberedGroup } from "./numberedGroup";
import { bareNumber } from "./numbering";

/** The most category cells a row may carry before its name beyond the header's (领域 | 小类). */
const MAX_EXTRA = 2;

/** A category cell before a name: short Chinese words, with or without a 序号 (`生态环境质量`, `1。空气质量`), or blank. */
function isCategory(cell: string): boolean {
  const t = cell.trim();
  return t === "" || numberedGroup(t) !== null || (HAN.test(t) && !/\d/.test(t) && t.length <= 12);
}

/**
 * Rows lined up by alignSpannedRows: the grid, how many category columns the header's name label was given, the 0-based rows padded,
 * and how many blank cells the copied header had after its name label (0 or more, trial43a F1: read as those category columns).
 */
export interface SpannedRows {
  grid: string[][];
  extra: number;
  rows: number[];
  headerBlanks: number;
}

/**
 * A web page's table with merged cells (rowspan, a merged 指标 label) copied as text: the browser puts
 * a merged cell in the first row it spans only and the header's 指标 once, so the rows are of several
 * widths under a header without the category columns (专栏1 “十三五”生态环境保护主要指标, trial28c):
 * `生态环境质量 | 1。空气质量 | 名称 | 76。7 | …`, then `2。水环境质量 | 名称 | …`, then `名称 | …`, under
 * `指标 | 2015年 | 2020年 | 〔累计〕 | 属性`. Lined up as the page shows them: the name label followed by
 * `extra` blank cells over the categories, and in each shorter row blank cells where a merged cell above
 * goes on (before a numbered sub-group, which is the inner level; after a domain without a number, whose
 * sub-group is then blank), so the rows are read from the right (rowStart's alignRight).
 *
 * The copied header may have blank cells after its name label (`指标 | | 2015年 …`: 指标 spanned 小类 | 名称 on the
 * page, or the header was lined up over two name columns, trial43a F1): when some row is shorter than that header,
 * the blanks are no column of their own (the rows say how many category cells there are) and are read as above.
 * A header whose blanks every row fills out (an Excel copy: `\t\t名称`) is left to the row readers.
 *
 * Only for a header whose name label is its first cell (or its second after a 序号 label: numberedSpans), on one line,
 * and only when some row has one or two category cells more than the header before its name and one of
 * them is a numbered sub-group without a unit (`1。空气质量`, numberedGroup): a row with one domain cell
 * more is read as such already (unnumberedRow), a numbered name with a unit before a part label as an
 * indicator with parts (`1.义务教育标准班额比例(%) | 小学`). A row one cell short of the header (a blank cell left out too) is padded
 * as one without categories. Null when the grid is no such copy. `headerAt`: the header's 0-based row.
 */
export function alignSpannedRows(grid: ReadonlyArray<readonly string[]>, headerAt: number): SpannedRows | null {
  const copied = dropTrailingEmpty(grid[headerAt] ?? []);
  if (headerLines(grid, headerAt).length > 1) return null;
  if (headerNameAt(copied) === 1 && NUMBER_LABEL.test((copied[0] ?? "").trim())) return numberedSpans(grid, headerAt, copied);
  if (headerNameAt(copied) !== 0) return null;
  let blanks = 0;
  while (blanks < MAX_EXTRA && (copied[1 + blanks] ?? "x").trim() === "") blanks++;
  if ((copied[1 + blanks] ?? "").trim() === "") return null;
  const header = [copied[0] ?? "", ...copied.slice(1 + blanks)];
  const width = header.length;
  // blanks after the name label are the copy's, not columns, only where a row starting with its name has no more cells than the
  // header without them (a browser leaves a merged cell out; a sheet keeps it blank, and a row losing a trailing blank is one cell short only)
  const bare = (cells: readonly string[]): boolean => cells.length <= width && (cells[0] ?? "").trim() !== "" && !NOTE_START.test(cells[0] ?? "") && numberedGroup(cells[0] ?? "") === null && isNameText(cells[0] ?? "");
  if (blanks > 0 && !grid.some((cells, i) => i > headerAt && bare(cells))) return null;
  // the category cells a row has beyond the header's, before its name (-1: no row of this table)
  const extraOf = (cells: readonly string[]): number => {
    const filled = cells.filter((c) => c.trim() !== "");
    if (filled.length < 2 || NOTE_START.test(filled[0] ?? "")) return -1;
    const e = Math.max(0, cells.length - width);
    if (cells.length < width - 1 || e > MAX_EXTRA || !cells.slice(0, e).every(isCategory) || !isNameText(cells[e] ?? "")) return -1;
    return e;
  };
  const rows = grid.map((cells, i) => (i > headerAt ? dropTrailingEmpty(cells) : []));
  const extras = rows.map((cells, i) => (i > headerAt ? extraOf(cells) : -1));
  // a sub-group that is a category (no unit: `1。空气质量`), not an indicator over its parts (`1.义务教育标准班额比例(%) | 小学`)
  const grouped = rows.some((cells, i) => (extras[i] ?? 0) > 0 && cells.slice(0, extras[i]).some((c) => numberedGroup(c)?.withUnit === false));
  const extra = Math.max(...extras);
  if (!grouped || extra < 1) return null;
  const padded: number[] = [];
  const out = grid.map((cells, i) => {
    if (i === headerAt) return [header[0] ?? "", ...Array<string>(extra).fill(""), ...cells.slice(1 + blanks)];
    const e = extras[i] ?? -1;
    if (e < 0 || e === extra) return [...cells];
    const row = rows[i] ?? [];
    // a domain without a number keeps the outer place, its sub-group blank; else the outer levels go on above
    const at = e > 0 && numberedGroup(row[0] ?? "") === null ? e : 0;
    padded.push(i);
    return [...cells.slice(0, at), ...Array<string>(extra - e).fill(""), ...cells.slice(at)];
  });
  return { grid: out, extra, rows: padded, headerBlanks: blanks };
}

/** A 序号 header label before the name label. */
const NUMBER_LABEL = /^(序号|编号|序)$/;

/**
 * The same copy with a 序号 column before 指标 (trial43c F1: `序号 | 指标 | (blank) | 单位 | …` over `1 | 经济发展 | 名称 | …`
 * and, under a 领域 spanning rows, `2 | 名称 | …`): the header's blanks after 指标 are the category columns the page's
 * 指标 spans, written before it (`序号 | | 指标 | …`), and each row a category short of the others (its merged cell
 * left out) gets blank ones after its 序号, so the category above goes on. Only when every numbered row is either
 * as wide as the copied header with category words before its name, or that many cells shorter, and both kinds are
 * there (an Excel copy keeps the blank cells: left to the row readers). Null otherwise.
 */
function numberedSpans(grid: ReadonlyArray<readonly string[]>, headerAt: number, copied: readonly string[]): SpannedRows | null {
  let blanks = 0;
  while (blanks < MAX_EXTRA && (copied[2 + blanks] ?? "x").trim() === "") blanks++;
  if (blanks === 0 || (copied[2 + blanks] ?? "").trim() === "") return null;
  const width = copied.length;
  const kinds = grid.map((row, i) => {
    if (i <= headerAt) return "";
    const cells = dropTrailingEmpty(row);
    if (bareNumber(cells[0] ?? "") === null) return "";
    const cats = cells.slice(1, 1 + blanks);
    if (cells.length > width - blanks && cats.every(isCategory) && (cats[0] ?? "").trim() !== "" && isNameText(cells[1 + blanks] ?? "")) return "full";
    if (cells.length <= width - blanks && cells.length >= width - blanks - 1 && isNameText(cells[1] ?? "")) return "short";
    return "other";
  });
  if (kinds.includes("other") || !kinds.includes("full") || !kinds.includes("short")) return null;
  const padded: number[] = [];
  const out = grid.map((cells, i) => {
    if (i === headerAt) return [copied[0] ?? "", ...Array<string>(blanks).fill(""), copied[1] ?? "", ...copied.slice(2 + blanks)];
    if (kinds[i] !== "short") return [...cells];
    padded.push(i);
    return [cells[0] ?? "", ...Array<string>(blanks).fill(""), ...cells.slice(1)];
  });
  return { grid: out, extra: blanks, rows: padded, headerBlanks: blanks };
}
