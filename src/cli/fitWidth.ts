import { displayWidth } from "./displayWidth";

/**
 * The longest start of `s` within `max` display columns (CJK and full-width characters take two,
 * as displayWidth counts them); "" when `max` < the first character's width. The one home of
 * cutting a cell for the terminal: formatTable's clip and shortName both cut with it.
 */
export function fitWidth(s: string, max: number): string {
  let out = "";
  let w = 0;
  for (const ch of s) {
    w += displayWidth(ch);
    if (w > max) break;
    out += ch;
  }
  return out;
}
