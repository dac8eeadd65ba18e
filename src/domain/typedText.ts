import { cellText, type CellValue } from "./CellValue";

/**
 * The cell as the person typed it, for messages that quote a value: cellText, except that a
 * formula never calculated reads as its formula (`=120/3`) where the reader kept it, since the
 * file holds no result to show. cellText itself stays "" there: what a return holds (its hash,
 * its content) does not change with a formula's text. Shape: CellValue in, string out.
 */
export function typedText(v: CellValue): string {
  return v.type === "uncalculated" && v.formula !== undefined ? `=${v.formula}` : cellText(v);
}
