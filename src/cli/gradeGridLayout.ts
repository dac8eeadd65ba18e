/** Twips of a 9 pt CJK character (the report's table text), and a cell's side margins with some slack. */
const CHAR = 180;
const CELL_PAD = 114 + 40;
/** The text width of an A4 page less 1134-twip margins: portrait and landscape. */
const PORTRAIT = 11906 - 2 * 1134;
const LANDSCAPE = 16838 - 2 * 1134;
/** The indicator names' column never narrower than this (they wrap between characters). */
const NAME_MIN = 2400;

/**
 * How the report's county × indicator grid is laid out (twips): the grade columns as wide as the
 * longest grade shown (`labels`) on one line, so 滞后于预期 never breaks as 滞后于预/期 (a trial's
 * grid did so in every cell at 750 twips a column); the page turned (`landscape`) when `units`
 * such columns leave the names too little on a portrait page; and when even a landscape page is too
 * narrow, the grades split at a word (`split`: 基本符合 / 预期) in columns of four characters.
 * `widths`: the name column, then one per unit. `fits`: false when the columns are narrower than even
 * those four characters (trial37b F3: 30 units, a character each, every grade stacked 基/本/符/合/预/期),
 * so the units must be set in several tables (gradeGridGroups).
 */
export function gradeGridLayout(labels: readonly string[], units: number): { widths: number[]; landscape: boolean; split: boolean; fits: boolean } {
  const longest = Math.max(2, ...labels.map((l) => [...l].length));
  for (const [page, landscape] of [[PORTRAIT, false], [LANDSCAPE, true]] as const) {
    const col = longest * CHAR + CELL_PAD;
    if (page - units * col >= NAME_MIN) return { widths: [page - units * col, ...Array<number>(units).fill(col)], landscape, split: false, fits: true };
  }
  const col = Math.max(1, Math.floor((LANDSCAPE - NAME_MIN) / Math.max(1, units)));
  return { widths: [LANDSCAPE - units * col, ...Array<number>(units).fill(col)], landscape: true, split: true, fits: col >= Math.min(longest, 4) * CHAR + CELL_PAD };
}
