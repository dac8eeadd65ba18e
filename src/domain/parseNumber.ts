import { normalizeText } from "./normalizeText";

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const APOSTROPHE = /^['\u2018\u2019\uff07]/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a number written as text: full-width digits, thousands separators, spaces, one leading
 * apostrophe (Excel's mark for "keep as text", which some tools write into the text itself: a
 * trial's '98.6 got no suggestion while 98.6 with a trailing space did), and a trailing `%` when
 * `allowPercent` (the unit is %). Returns null when the text is not exactly one number, so `95-96`
 * or `约95` are never read as a number by accident.
 */
export function parseNumber(text: string, allowPercent = false): number | null {
  let t = normalizeText(text).replace(APOSTROPHE, "");
  if (allowPercent && t.endsWith("%")) t = t.slice(0, -1);
  if (GROUPED.test(t)) t = t.replace(/,/g, "");
  if (!PLAIN.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
