import { formulaAreas } from "./formulaAreas";

export interface FRectLike { r0: number; c0: number; r1: number; c1: number }

/**
 * The cells (1-based row and column) that hold a formula without a result: in a formula
 * area (getSpecialCells Formulas) but not among the formulas whose result is text (Formulas,
 * Text: a formula giving "" is text, and reads as empty as the .xlsx reader reads it).
 * Excel calculates formulas as it opens a file, so this is rare in Excel itself (manual
 * calculation); it keeps the Office host's reading the same as the .xlsx reader's.
 */
export function uncalculatedCells(formulas: string | null, textFormulas: string | null): (row: number, col: number) => boolean {
  const all = formulas ? formulaAreas(formulas) : [];
  if (all.length === 0) return () => false;
  const text = textFormulas ? formulaAreas(textFormulas) : [];
  const inAny = (rs: FRectLike[], r: number, c: number): boolean => rs.some((x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1);
  return (r, c) => inAny(all, r, c) && !inAny(text, r, c);
}
