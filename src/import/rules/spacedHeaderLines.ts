import { splitCells } from "../text";

/**
 * A header spread over two lines in a paste spaced with full-width spaces (a PDF's or Word's copy, columns
 * lined up by padding): `类别 指标 … 2020年 2025年 年均增长 指标属性` over `… 基期值 目标值 〔累计〕` (U+3000 between). A run
 * of spaces is one separator, so the lower line's words came first, second, third (类别基期值, 指标目标值,
 * 2020年〔累计〕) and the header read 2020 as both years (trial34: refused, 基期年份 2020 不早于目标年份 2020).
 * Placed by where they stand: each word under the header cell it overlaps most on the screen (a full-width
 * character two columns wide, others one), else the nearest. `headerLine`, `headerCells`: the header as
 * pasted and as read (a label a document spread out, `指 标` with U+3000 between, read as `指标`); `line`: the line below.
 * The line's cells, one per header cell ("" where no word stands), or null when two words fall under one
 * cell, a word lies beyond the header, or the words are not fewer than the header's cells (nothing to place).
 */
export function spacedHeaderLine(headerLine: string, headerCells: readonly string[], line: string): string[] | null {
  const words = splitCells(line, false).filter((w) => w !== "");
  const labels = headerCells.map((c, i) => ({ c, i })).filter((x) => x.c !== "");
  if (words.length === 0 || words.length >= labels.length) return null;
  const heads = spans(headerLine, labels.map((x) => x.c));
  const below = spans(line, words);
  if (heads === null || below === null) return null;
  const out = headerCells.map(() => "");
  for (let w = 0; w < words.length; w++) {
    const [s, e] = below[w] ?? [0, 0];
    let best = -1;
    let score = -Infinity;
    heads.forEach(([hs, he], h) => {
      const overlap = Math.min(e, he) - Math.max(s, hs);
      // overlapping: by how much; else minus the distance between centres
      const sc = overlap > 0 ? overlap : -Math.abs((s + e) / 2 - (hs + he) / 2) - 1000;
      if (sc > score) { score = sc; best = h; }
    });
    const at = labels[best]?.i;
    const last = heads[heads.length - 1]?.[1] ?? 0;
    if (at === undefined || out[at] !== "" || s >= last + 4) return null;
    out[at] = words[w] ?? "";
  }
  return out;
}

/** Screen columns of a character: two for full-width and CJK ones (U+1100 up, as a monospace font shows them), else one. */
function width(ch: string): number {
  return (ch.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
}

/**
 * Where each of `cells` stands in `line`, in screen columns [start, end), found in order; a cell's
 * characters may have spaces between them (`指 标` for 指标). Null when a cell is not found.
 */
function spans(line: string, cells: readonly string[]): Array<[number, number]> | null {
  const chars = [...line];
  const col: number[] = [];
  let x = 0;
  for (const ch of chars) {
    col.push(x);
    x += width(ch);
  }
  col.push(x);
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const cell of cells) {
    const want = [...cell].filter((ch) => !/\s/.test(ch));
    let start = -1;
    let k = 0;
    for (; i < chars.length && k < want.length; i++) {
      const ch = chars[i] ?? "";
      if (ch === want[k]) {
        if (k === 0) start = i;
        k++;
      } else if (k > 0 && !/\s/.test(ch)) {
        // the cell's characters broken by another word: look again after its first character
        i = start;
        k = 0;
        start = -1;
      }
    }
    if (k < want.length || start < 0) return null;
    out.push([col[start] ?? 0, col[i] ?? 0]);
  }
  return out;
}
