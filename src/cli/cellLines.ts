import { displayWidth } from "./displayWidth";

/** Cell margins a side in twips, as the report's tables set them. */
const MARGIN = 57;

/**
 * About how many lines `text` takes in a table cell `width` twips wide at `size` half-points: a CJK character is as
 * wide as the font is high, a Latin one about half (displayWidth's columns); each "\n" starts a line. An estimate,
 * for choosing which of the 附表's rows are tall enough to be let break over a page (trial47b F8), not a layout.
 */
export function cellLines(text: string, width: number, size = 18): number {
  const room = Math.max(1, width - 2 * MARGIN);
  const column = size * 5; // half of a CJK character's width in twips (size half-points × 10 ÷ 2)
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((displayWidth(line) * column) / room)), 0);
}
