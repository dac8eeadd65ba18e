import { wrappedLines } from "./wrappedLines";

/**
 * The narrowest column width from `min` to `max` on which every text is one line (wrappedLines),
 * or `max` where one is longer: a column as wide as its content within bounds, a longer text
 * wrapped (or, not wrapped, cut) beyond. Repeated texts are measured once.
 */
export function oneLineWidth(texts: Iterable<string>, min: number, max: number): number {
  let w = min;
  for (const t of new Set(texts)) while (w < max && wrappedLines(t, w) > 1) w++;
  return w;
}
