import { canonicalUnit as canonical } from "./canonicalUnit";

/**
 * True when a unit typed with a value is the row's own, however spelt: `万 人` and `万人`, `㎡` and
 * `平方米`, `万m²` and `万平方米`, `人／万人` and `人/万人`, and `万` alone in a 万人 row, `/10万` and `1/10万`. Never a conversion: `人` is
 * not `万人`, nor `万` a 人 row's.
 */
export function sameUnit(typed: string, rowUnit: string): boolean {
  if (typed.trim() === "" || rowUnit.trim() === "") return false;
  const t = canonical(typed);
  const row = canonical(rowUnit);
  // the scale alone, its word left off: `1269万` in a 万人 row, `68亿` in a 亿元 row (a trial's habit);
  // in a 人 or 元 row 万 is a conversion, and a rate (万元/人) is never shortened so
  return t === row || ((t === "万" || t === "亿") && row.length > 1 && row.startsWith(t) && !row.includes("/"));
}
