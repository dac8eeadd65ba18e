import type { FRectLike } from "./uncalculatedCells";

/**
 * The rectangles of a RangeAreas address ("Sheet1!A1:B3,'My, sheet'!D4"), 1-based, sheet
 * names dropped (the areas are on one sheet). Quoted names may hold commas and '' for '.
 */
export function formulaAreas(address: string): FRectLike[] {
  const out: FRectLike[] = [];
  const re = /(?:'(?:[^']|'')*'|[^,!']*)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const c0 = col(m[1] ?? "");
    const r0 = Number(m[2]);
    const c1 = m[3] ? col(m[3]) : c0;
    const r1 = m[4] ? Number(m[4]) : r0;
    out.push({ r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) });
  }
  return out;
}

function col(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
