import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";

const SPLIT = /^([+-]?[\d.,]*\d[\d.,]*)(\D.*)$/;
/** Words in a closing bracket (full-width brackets are ASCII once normalised): a remark, not a number (`(4.5)` is none). */
const NOTE = /^(.*?)\(([^()]*[^\d.,+\-()][^()]*)\)$/;

/**
 * A number typed with words after it, the one home of that reading (evaluation-rules §2, our reading):
 * its unit (`135万人`, `5个`, `82.3 岁`, `4.2/10万`) and a remark in brackets at the end (`9.4(初步核算)`,
 * `4.45（初步统计）`, `81.8岁（预计）`). `value`: the number as parseNumber reads it (full-width digits,
 * thousands separators, spaces); `unit`: the words after it, normalised (`万 人` → `万人`), "" when only a
 * remark follows; `note`: the remark's words, "" when none. Null when the text does not start with exactly
 * one number or has nothing after it. Whether the unit is one, and the row's, is the caller's.
 */
export function numberWithWords(text: string): { value: number; unit: string; note: string } | null {
  const m = SPLIT.exec(normalizeText(text));
  const digits = m?.[1];
  const rest = m?.[2];
  if (digits === undefined || rest === undefined) return null;
  const value = parseNumber(digits);
  if (value === null) return null;
  const noted = NOTE.exec(rest);
  return { value, unit: noted?.[1] ?? rest, note: noted?.[2] ?? "" };
}
