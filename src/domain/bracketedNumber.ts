import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";

const BRACKETED = /^\(([^()]+)\)$/;

/**
 * The number a cell's text holds inside one pair of round brackets, full or half width (`（70.5）`,
 * `(70.5)`, `( 5.2% )` in a % row), the one home of that reading (evaluation-rules §2, our reading).
 * Accounting writes a negative number so, and so may a filer mark an estimate: two readings (−70.5,
 * 70.5), so the caller names them and offers neither. `allowPercent`: a trailing `%` inside, as
 * parseNumber. Null for any other text (`4.45(4.5)`, `〔17〕`, `(初步核算)`).
 */
export function bracketedNumber(text: string, allowPercent = false): number | null {
  const inner = BRACKETED.exec(normalizeText(text))?.[1];
  return inner === undefined ? null : parseNumber(inner, allowPercent);
}
