/** The number format that shows a number as `shown` writes it: "0.016" → `0.000`, "41.9" → `0.0`, "35" → `0`. */
export function decimalFormat(shown: string): string {
  const d = /\.(\d+)$/.exec(shown)?.[1]?.length ?? 0;
  return d === 0 ? "0" : `0.${"0".repeat(d)}`;
}
