import { normalizeText } from "./normalizeText";

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a number written as text: full-width digits, thousands separators, spaces, and a
 * trailing `%` when `allowPercent` (the unit is %). Returns null when the text is not
 * exactly one number, so `95-96` or `约95` are never read as a number by accident.
 */
export function parseNumber(text: string, allowPercent = false): number | null {
  let t = normalizeText(text);
  if (allowPercent && t.endsWith("%")) t = t.slice(0, -1);
  if (GROUPED.test(t)) t = t.replace(/,/g, "");
  if (!PLAIN.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
