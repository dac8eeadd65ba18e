import { displayWidth } from "./displayWidth";

/** The text height and width of a landscape A4 page less 1134-twip margins (twips). */
const LANDSCAPE_HEIGHT = 11906 - 2 * 1134;
const LANDSCAPE_WIDTH = 16838 - 2 * 1134;
/**
 * Twips of one line of a table cell at a text size (half-points), border included, as LibreOffice
 * sets the report's CJK text (1.48 × the size, the fallback font's line): 9 pt rows, 33 to a page.
 */
const lineOf = (size: number): number => (size === GRID_SIZES.compact ? COMPACT_LINE : Math.ceil(size * 10 * 1.48)) + 4;
/** A cell's side margins with some slack (twips), as gradeGridLayout counts them. */
const CELL_PAD = 114 + 40;
/** The grid's text sizes (half-points): as the 附表 (9 pt), and the compact one a grid takes to keep a page (8 pt). */
export const GRID_SIZES = { normal: 18, compact: 16 } as const;
/** The compact grid's lines (twips): exactly 10 pt, 1.25 × its 8 pt text, so no glyph is cut (the fallback font's own line is 1.48 ×). */
const COMPACT_LINE = 200;
/** Rows of slack a layout must leave on its last page, so an estimate a little short still holds. */
const SLACK_ROWS = 1;

/** How many lines `text` takes in a column `width` twips wide at `size` (half-points); "\n" breaks a line. */
function cellLines(text: string, width: number, size: number): number {
  const room = Math.max(1, width - CELL_PAD);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((displayWidth(line) * size * 5) / room)), 0);
}

/**
 * The grid's first page as reportDocx sets it: above the grid the title (`titleLines` lines of 18 pt),
 * `headings` level-1 headings (15 pt), the county table (`table`, its rows' texts, across the page) and
 * `paragraphs` (12 pt, 1.5 lines); the grid's `head` and `rows` (texts) in columns `widths` (twips);
 * `note` the paragraph under it.
 */
export interface GridPageFacts {
  above: { titleLines: number; headings: number; table: ReadonlyArray<readonly string[]>; paragraphs: readonly string[] };
  head: readonly string[]; rows: ReadonlyArray<readonly string[]>; widths: readonly number[]; note: string;
}

/** Twips of a 12 pt body paragraph (1.5 lines, 6 pt after) across the page. */
const paragraph = (text: string): number => Math.ceil(12 * 1.48 * 1.5 * 20) * cellLines(text, LANDSCAPE_WIDTH, 24) + 120;

/** Twips of a level-1 heading (15 pt, 12 pt before, 6 pt after). */
const HEADING = 240 + 120 + Math.ceil(15 * 1.48 * 20);

/** Twips above the grid on its first page. */
function aboveGrid(a: GridPageFacts["above"]): number {
  const title = a.titleLines * Math.ceil(18 * 1.48 * 20) + 240;
  const columns = Math.max(1, ...a.table.map((r) => r.length));
  const table = a.table.reduce((n, r) => n + lineOf(18) * Math.max(1, ...r.map((c) => cellLines(c, LANDSCAPE_WIDTH / columns, 18))), 0);
  return title + a.headings * HEADING + table + a.paragraphs.reduce((n, p) => n + paragraph(p), 0);
}

/** Pages the grid takes at `size` starting below what is above it (or on a page of its own), and the twips left free on its last page (its note included). */
function pagesAt(g: GridPageFacts, size: number, ownPage: boolean): { pages: number; free: number } {
  const height = (cells: readonly string[]): number => lineOf(size) * Math.max(1, ...cells.map((c, k) => cellLines(c, g.widths[k] ?? g.widths[0] ?? 1, size)));
  const head = height(g.head);
  const heading = ownPage ? HEADING : 0;
  let pages = 1, free = LANDSCAPE_HEIGHT - (ownPage ? heading : aboveGrid(g.above)) - head;
  for (const row of g.rows) {
    const h = height(row);
    if (h > free) { pages++; free = LANDSCAPE_HEIGHT - head; }
    free -= h;
  }
  // the note under the grid goes with its last row (kept with it)
  free -= paragraph(g.note);
  if (free < 0) pages++;
  return { pages, free };
}

/** How the grid is set: its text size (half-points), its lines' exact height (twips; null: the font's own), and whether it starts a page of its own (its heading with it). */
export interface GridFit { size: number; line: number | null; ownPage: boolean }

/**
 * How the report's landscape county × indicator grid is set so that it never leaves a page nearly
 * empty (a 48-row grid of 8 units filled the page under the county table and the next, and left a row
 * and the note alone on a third before the units' portrait pages): in this order, the first that holds
 * with `SLACK_ROWS` rows to spare, 9 pt (as the 附表) or else 8 pt on 10 pt lines,
 * 1. under the county table on the first page;
 * 2. whole on a page of its own (the page turned before its heading: the title and the county table alone
 *    on the first page);
 * 3. running on under its repeated header row from the first page: 8 pt where that saves its last page.
 * Estimated as LibreOffice sets the text (its fallback font's line is the taller: Word's SimSun fits more).
 */
export function gradeGridFit(g: GridPageFacts): GridFit {
  const form = (size: number, ownPage: boolean): GridFit => ({ size, line: size === GRID_SIZES.compact ? COMPACT_LINE : null, ownPage });
  const room = (p: { pages: number; free: number }, size: number): boolean => p.pages === 1 && p.free >= SLACK_ROWS * lineOf(size);
  for (const ownPage of [false, true]) {
    for (const size of [GRID_SIZES.normal, GRID_SIZES.compact]) if (room(pagesAt(g, size, ownPage), size)) return form(size, ownPage);
  }
  const normal = pagesAt(g, GRID_SIZES.normal, false);
  const compact = pagesAt(g, GRID_SIZES.compact, false);
  const saves = compact.pages < normal.pages && compact.free >= SLACK_ROWS * lineOf(GRID_SIZES.compact);
  return form(saves ? GRID_SIZES.compact : GRID_SIZES.normal, false);
}
