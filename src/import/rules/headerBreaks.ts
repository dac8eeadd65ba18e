import { isIndicatorHeader } from "../header";
import { splitCells } from "../text";
import { bareNumber } from "./numbering";

/** A header joined from the lines a web page's copy broke it into. */
export interface JoinedHeader {
  /** 0-based lines joined (the first holds the header now, the others are left blank) */
  lines: number[];
  /** the header as joined (cells separated by tabs) */
  header: string;
}

/** Lines looked at after a header's first piece: a header cell is rarely broken more than twice. */
const MOST_PIECES = 3;

/**
 * A header whose cells were broken over lines by a web page's copy (a line break inside a header
 * cell, `2020年基` / `期值`, `2025年` / `目标`): in a tabbed paste the text of the broken cell goes on
 * at the start of the next line. The pieces are joined (the end of one line and the start of the
 * next make one cell) when together they are an indicator header with as many cells as the table's
 * rows, the first piece alone being shorter than a row; a piece that starts with a 序号 (a row) or
 * is a header of its own (below a title cut by a tab) is never taken in. The joined header replaces the first piece and the other pieces become blank
 * lines, so line numbers stay those of the paste. Null when no header is broken so.
 */
export function joinHeaderBreak(lines: readonly string[]): { lines: string[]; joined: JoinedHeader } | null {
  let widths: ReadonlyArray<number | null> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] ?? "";
    if (!first.includes("\t")) continue;
    let text = first;
    for (let j = i + 1; j < lines.length && j <= i + MOST_PIECES; j++) {
      const piece = lines[j] ?? "";
      const cells = splitCells(piece, true);
      if (piece.trim() === "" || bareNumber(cells[0] ?? "") !== null || isIndicatorHeader(cells)) break;
      text = `${text}${piece}`;
      const joined = splitCells(text, true);
      // made once, when first needed: a width per line below would make the loop quadratic in the lines
      widths ??= rowWidthsBelow(lines);
      const width = widths[j + 1] ?? null;
      if (width === null || joined.length > width) break;
      if (joined.length === width && splitCells(first, true).length < width && isIndicatorHeader(joined)) {
        const out = [...lines];
        out[i] = text;
        for (let k = i + 1; k <= j; k++) out[k] = "";
        return { lines: out, joined: { lines: Array.from({ length: j - i + 1 }, (_, n) => i + n), header: text } };
      }
    }
  }
  return null;
}

/**
 * For each line i, the cells of most lines with a tab among lines i… (null when none has one; a tie
 * goes to the width that comes first). Made from the last line up, so each line is split once.
 */
function rowWidthsBelow(lines: readonly string[]): Array<number | null> {
  const out = Array<number | null>(lines.length + 1).fill(null);
  const counts = new Map<number, number>();
  let best: number | null = null;
  let most = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] ?? "";
    if (l.includes("\t")) {
      const n = splitCells(l, true).length;
      const c = (counts.get(n) ?? 0) + 1;
      counts.set(n, c);
      // n now comes first among the lines below i, so it wins a tie
      if (c >= most) [best, most] = [n, c];
    }
    out[i] = best;
  }
  return out;
}
