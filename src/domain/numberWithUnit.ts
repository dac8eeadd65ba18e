import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";

const SPLIT = /^([+-]?[\d.,]*\d[\d.,]*)(\D.*)$/;

/**
 * A number typed with a word after it (`135万人`, `5个`, `82.3 岁`, `4.2/10万`), as typed in a cell:
 * the number as parseNumber reads it (full-width digits, thousands separators, spaces) and the rest,
 * normalised (`万 人` → `万人`). Null when the text does not start with exactly one number or has
 * nothing after it. Whether the rest is a unit, and the row's, is the caller's (evaluation-rules §2).
 */
export function numberWithUnit(text: string): { value: number; unit: string } | null {
  const m = SPLIT.exec(normalizeText(text));
  const digits = m?.[1];
  const unit = m?.[2];
  if (digits === undefined || unit === undefined) return null;
  const value = parseNumber(digits);
  return value === null ? null : { value, unit };
}
