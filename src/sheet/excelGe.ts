/** `a ≥ b` as a worksheet formula, with the engine's relative tolerance of 1e-9 (domain/compare.ts). */
export function excelGe(a: string, b: string): string {
  return `${a}>=${b}-1E-9*MAX(ABS(${a}),ABS(${b}))`;
}
