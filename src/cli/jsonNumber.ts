import { decimalFixed } from "../domain/decimalFixed";

/**
 * A share or figure as every `--json` document gives it (check, report, summary): 4 decimals, rounded as the text
 * rounds (decimalFixed: 79.49999999999997 → 79.5, -0.4999999999999999 → -0.5); null stays null.
 */
export function jsonNumber(x: number | null): number | null {
  return x === null ? null : Number(decimalFixed(x, 4));
}
