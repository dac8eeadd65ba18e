import { trimCell } from "./text";

/** How many filled lines above a table's title may hold the plan's name: findTitle reads three above the header, the title one of them. */
const ABOVE = 2;

/**
 * The lines of a text where the plan's name may stand above a table's title at line `titleAt`
 * (0-based; the header's line when no title was found): the filled lines just above it, nearest
 * first (up to two), then the text's first filled line (a paste that starts with the plan's name,
 * its paragraphs between). A line of several cells (a sheet's row) is no name and is passed over.
 */
export function planNameLines(grid: ReadonlyArray<readonly string[]>, titleAt: number): string[] {
  const one = (i: number): string | null => {
    const filled = (grid[i] ?? []).map(trimCell).filter((c) => c !== "");
    return filled.length === 1 ? (filled[0] ?? null) : null;
  };
  const found: string[] = [];
  let seen = 0;
  for (let i = titleAt - 1; i >= 0 && seen < ABOVE; i--) {
    if ((grid[i] ?? []).every((c) => trimCell(c) === "")) continue;
    seen++;
    const text = one(i);
    if (text !== null) found.push(text);
  }
  const first = grid.findIndex((cells) => cells.some((c) => trimCell(c) !== ""));
  const text = first >= 0 && first < titleAt ? one(first) : null;
  if (text !== null && !found.includes(text)) found.push(text);
  return found;
}
