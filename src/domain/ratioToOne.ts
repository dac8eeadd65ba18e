import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";

// `:`, `∶` (the ratio sign) or `：`, then 1
const RATIO_TO_ONE = /^([+-]?[\d.]+)[:∶：]1$/;

/**
 * The first term of a ratio to one, as plans write 城乡居民收入比 and people type it (`1.9:1`,
 * `2.2∶1`, `2：1` → 1.9, 2.2, 2); null for anything else (`1:2`, `1.9`). evaluation-rules §1, our reading.
 */
export function ratioToOne(text: string): number | null {
  const first = RATIO_TO_ONE.exec(normalizeText(text))?.[1];
  return first === undefined ? null : parseNumber(first, false);
}
