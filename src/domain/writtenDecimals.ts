/**
 * How many decimals the first number in a text is written with: "<0.020" → 3, "≥80" → 0, "3左右" → 0, "15.74" → 2;
 * null where the text holds no number ("/").
 */
export function writtenDecimals(text: string): number | null {
  const m = /\d+(?:\.(\d+))?/.exec(text);
  return m === null ? null : (m[1]?.length ?? 0);
}
