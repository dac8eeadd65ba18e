import { unitText } from "./unitText";

/**
 * The unit as joined straight to a number in the report (withUnit, a pace): unitText, with a unit
 * that begins with a digit (1/10万, 10万人) in brackets, since it would run into the number: 8.5 in a
 * 1/10万 row is 8.5（1/10万）, never 8.51/10万.
 */
export function unitAfterNumber(symbol: string): string {
  const u = unitText(symbol);
  return /^[0-9.]/.test(u) ? `（${u}）` : u;
}
