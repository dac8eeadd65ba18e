import { fallAtEnd } from "./directionWords";

/**
 * A year of a fall-rate row typed negative after positive years (evaluation-rules §3a rule 3, our reading):
 * a name that ends in a fall word (`单位地区生产总值二氧化碳排放降低（%）`, `PM2.5浓度下降率`, fallAtEnd) counts
 * the size of its fall, so a fall is positive; `-3.5` after `3.5` is most likely a bulletin's 「增长 -3.5%」
 * copied with its sign. `value`: a year's usable number (Y's, or an earlier year's: evaluateIndicator asks it of every
 * year up to Y, trial46a F3); `earlier`: the usable numbers of the years before it in the period (at least one, every
 * one above 0). Returns the fall word and the positive number to ask about
 * (`{ word: "降低", positive: 3.5 }`), or null. Only a question: the value is graded as typed.
 */
export function negativeFall(name: string, value: number, earlier: readonly number[]): { word: string; positive: number } | null {
  if (!(value < 0) || earlier.length === 0 || !earlier.every((v) => v > 0)) return null;
  const word = fallAtEnd(name);
  return word === null ? null : { word, positive: -value };
}
