import { HAN, squash } from "../text";

/**
 * A part label of an indicator (学前段, 小学, 城镇, 农村 …): short Chinese words with no digit and
 * no operator, in the cell after the name or on a line of its own under a row with parts.
 */
export function isPartLabel(text: string): boolean {
  const t = squash(text);
  return t.length > 0 && t.length <= 12 && HAN.test(t) && !/\d/.test(t) && !/[<>≤≥〔〕[\]]/.test(t);
}
