import { isIndicatorHeader, unknownLabels } from "../header";
import { splitCells } from "../text";
import { bareNumber } from "./numbering";

/** A header joined from the lines a web page's copy broke it into. */
export interface JoinedHeader {
  /** 0-based lines joined (the first holds the header now, the others are left blank) */
  lines: number[];
  /** the header as joined (cells separated by tabs) */
  header: string;
}

/**
 * Lines looked at after a header's first piece: a web page's copy breaks each header cell holding a
 * `<br>` (`2015<br>基期值`), and a table's header has seldom more than 8 such cells.
 */
const MOST_PIECES = 8;

/**
 * A header whose cells were broken over lines by a web page's copy (a line break inside a header
 * cell, `2020年基` / `期值`, `2015` / `基期值`): in a tabbed paste the text of the broken cell goes on
 * at the start of the next line. The pieces are joined (the end of one line and the start of the
 * next make one cell) into an indicator header as wide as the table's rows, the first piece alone
 * being narrower: the most common width, or the widest that two rows share (a category merged down
 * the left edge leaves its other rows a cell short, trial29a). Joining goes on while a label of the
 * header is not yet whole (names no column: `年均增速` before `〔累计〕`, `指标` before `属性`), so a
 * header broken in every cell is joined to its end, not at the first width that fits; where no
 * piece makes it whole, the fewest such labels win. A piece that starts with a 序号 (a row) or is a
 * header of its own (below a title cut by a tab) is never taken in. The joined header replaces the
 * first piece and the other pieces become blank lines, so line numbers stay those of the paste.
 * Null when no header is broken so.
 */
export function joinHeaderBreak(lines: readonly string[]): { lines: string[]; joined: JoinedHeader } | null {
  let widths: ReadonlyArray<RowWidths | null> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] ?? "";
    if (!first.includes("\t")) continue;
    const firstWidth = splitCells(first, true).length;
    let text = first;
    let best: { j: number; text: string; open: number } | null = null;
    for (let j = i + 1; j < lines.length && j <= i + MOST_PIECES; j++) {
      const piece = lines[j] ?? "";
      const cells = splitCells(piece, true);
      if (piece.trim() === "" || bareNumber(cells[0] ?? "") !== null || isIndicatorHeader(cells)) break;
      text = `${text}${piece}`;
      const joined = splitCells(text, true);
      // made once, when first needed: a width per line below would make the loop quadratic in the lines
      widths ??= rowWidthsBelow(lines);
      const width = widths[j + 1] ?? null;
      if (width === null || joined.length > width.widest) break;
      const fits = joined.length === width.common || joined.length === width.widest;
      if (!fits || firstWidth >= joined.length || !isIndicatorHeader(joined)) continue;
      const open = unknownLabels(joined).length;
      if (best === null || open < best.open) best = { j, text, open };
      if (open === 0) break;
    }
    if (best !== null) {
      const out = [...lines];
      out[i] = best.text;
      for (let k = i + 1; k <= best.j; k++) out[k] = "";
      return { lines: out, joined: { lines: Array.from({ length: best.j - i + 1 }, (_, n) => i + n), header: best.text } };
    }
  }
  return null;
}

/** The widths of the rows below a line: the most common (a tie to the one that comes first) and the widest that two rows share (else the most common). */
interface RowWidths {
  common: number;
  widest: number;
}

/**
 * For each line i, the RowWidths of the lines with a tab among lines i… (null when none has one).
 * Made from the last line up, so each line is split once.
 */
function rowWidthsBelow(lines: readonly string[]): Array<RowWidths | null> {
  const out = Array<RowWidths | null>(lines.length + 1).fill(null);
  const counts = new Map<number, number>();
  let best: number | null = null;
  let most = 0;
  let widest: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] ?? "";
    if (l.includes("\t")) {
      const n = splitCells(l, true).length;
      const c = (counts.get(n) ?? 0) + 1;
      counts.set(n, c);
      // n now comes first among the lines below i, so it wins a tie
      if (c >= most) [best, most] = [n, c];
      if (c >= 2 && (widest === null || n > widest)) widest = n;
    }
    out[i] = best === null ? null : { common: best, widest: Math.max(widest ?? best, best) };
  }
  return out;
}
