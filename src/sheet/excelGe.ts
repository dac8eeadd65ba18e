import { RELATIVE_TOLERANCE } from "../domain/tolerances";

/** `a ≥ b` as a worksheet formula, with the engine's relative tolerance (domain/tolerances.ts). */
export function excelGe(a: string, b: string): string {
  return `${a}>=${b}-${excelTolerance(a, b)}`;
}

/** The engine's tolerance for comparing a and b, as a worksheet expression. */
export function excelTolerance(a: string, b: string): string {
  return `${RELATIVE_TOLERANCE.toExponential().toUpperCase()}*MAX(ABS(${a}),ABS(${b}))`;
}
