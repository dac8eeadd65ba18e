import { a1, parseA1 } from "./a1";

/**
 * The top-left cell (A1) of the merged range among `merges` (`P10:P11`, as GridSheet.merges) that
 * covers `cell` (A1) when `cell` is not that top-left: what a covered cell shows is the top-left's,
 * and it holds nothing of its own. Undefined when no range covers it, or it is a range's top-left.
 */
export function mergedInto(merges: readonly string[] | undefined, cell: string): string | undefined {
  const at = parseA1(cell);
  if (!merges || !at) return undefined;
  for (const m of rangesOf(merges)) {
    if (m === null) continue;
    const { top, bottom, left, right } = m;
    if (at.row < top || at.row > bottom || at.col < left || at.col > right) continue;
    return at.row === top && at.col === left ? undefined : a1(top, left);
  }
  return undefined;
}

/** A merged range's rows and columns, 1-based, inclusive. */
interface Range { top: number; bottom: number; left: number; right: number }

/**
 * `merges` read as ranges (null where one is not a range), once per list: check asks of a sheet's merges for
 * every row that lacks its 说明 (issue 19). A sheet's merges are not changed once read (read again if the list grew).
 */
function rangesOf(merges: readonly string[]): ReadonlyArray<Range | null> {
  let known = RANGES.get(merges);
  if (!known || known.length !== merges.length) {
    known = merges.map((m) => {
      const [from, to] = m.split(":");
      const a = parseA1(from ?? "");
      const b = parseA1(to ?? from ?? "");
      return a && b ? { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) } : null;
    });
    RANGES.set(merges, known);
  }
  return known;
}

const RANGES = new WeakMap<readonly string[], ReadonlyArray<Range | null>>();
