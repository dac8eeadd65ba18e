import { a1, parseA1 } from "./a1";

/**
 * The top-left cell (A1) of the merged range among `merges` (`P10:P11`, as GridSheet.merges) that
 * covers `cell` (A1) when `cell` is not that top-left: what a covered cell shows is the top-left's,
 * and it holds nothing of its own. Undefined when no range covers it, or it is a range's top-left.
 */
export function mergedInto(merges: readonly string[] | undefined, cell: string): string | undefined {
  const at = parseA1(cell);
  if (!merges || !at) return undefined;
  for (const m of merges) {
    const [from, to] = m.split(":");
    const a = parseA1(from ?? "");
    const b = parseA1(to ?? from ?? "");
    if (!a || !b) continue;
    const [top, bottom, left, right] = [Math.min(a.row, b.row), Math.max(a.row, b.row), Math.min(a.col, b.col), Math.max(a.col, b.col)];
    if (at.row < top || at.row > bottom || at.col < left || at.col > right) continue;
    return at.row === top && at.col === left ? undefined : a1(top, left);
  }
  return undefined;
}
