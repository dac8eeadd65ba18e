import { wrappedLines } from "./wrappedLines";

/**
 * The most lines a cover row of a plan note holds: linesHeight's 14 pt a line up to Excel's highest row,
 * 409 pt, is 29; one fewer, as Excel's YaHei sets a line a little wider than wrappedLines counts.
 */
export const NOTE_ROW_LINES = 28;
/** The narrowest character wrappedLines counts (a Latin letter or digit, 0.85 of a column-width unit). */
const NARROWEST = 0.85;
/** A sentence's end, where a long note is best cut. */
const SENTENCE_END = /[。；;！？!?]/;

/**
 * A plan's note (表注, as the template's `planNotes` holds it) as the cover's rows: one row when its
 * text wraps to at most NOTE_ROW_LINES lines in a cell `width` column-width units wide (wrappedLines),
 * else cut into rows that each do, after a sentence's end in the second half of a row where there is
 * one, else where the row is full. So no row is taller than Excel's 409 pt (a taller one shows cut) and
 * no cell comes near Excel's 32,767 characters; the pieces joined are the note (spaces at a cut aside).
 */
export function planNoteRows(note: string, width: number): string[] {
  const chars = [...note.trim()];
  // no more characters than NOTE_ROW_LINES lines of the narrowest can hold, a line break each besides
  const most = Math.ceil((NOTE_ROW_LINES * width) / NARROWEST) + NOTE_ROW_LINES;
  const fits = (from: number, to: number): boolean => wrappedLines(chars.slice(from, to).join(""), width) <= NOTE_ROW_LINES;
  const rows: string[] = [];
  let at = 0;
  while (at < chars.length) {
    let lo = at + 1;
    let hi = Math.min(chars.length, at + most);
    if (fits(at, hi)) lo = hi;
    // the longest piece from `at` that fits (one more character never takes fewer lines)
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(at, mid)) lo = mid;
      else hi = mid - 1;
    }
    let cut = lo;
    if (lo < chars.length) {
      for (let i = lo; i > at + (lo - at) / 2; i--) if (SENTENCE_END.test(chars[i - 1] ?? "")) { cut = i; break; }
    }
    const piece = chars.slice(at, cut).join("").trim();
    if (piece !== "") rows.push(piece);
    at = cut;
  }
  return rows;
}
