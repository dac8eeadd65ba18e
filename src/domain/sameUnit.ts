import { normalizeText } from "./normalizeText";

/**
 * Spellings of one unit (evaluation-rules §2, our reading): Chinese words, metric symbols, the one-character forms.
 * 微克 has three: μ (Greek mu), µ (the micro sign U+00B5, which keyboards and PDFs give) and the ASCII `u` of
 * monitoring reports (`ug/m3`); 毫克 is another unit (a conversion), never 微克.
 */
const SPELLINGS: readonly (readonly string[])[] = [
  ["平方米", "㎡", "m²", "m2"],
  ["平方千米", "平方公里", "km²", "km2", "㎢"],
  ["千米", "公里", "km", "㎞"],
  ["立方米", "m³", "m3", "㎥"],
  ["千克", "公斤", "kg"],
  ["微克", "μg", "\u00b5g", "ug"],
  ["毫克", "mg"],
  ["毫升", "ml"],
  ["升", "l"],
  ["吨", "t"],
  ["公顷", "ha"],
  ["千瓦时", "kwh"],
];
const CANONICAL = new Map(SPELLINGS.flatMap((group) => group.map((s) => [s, group[0] ?? s] as const)));

/**
 * One spelling of a unit: normalised, lower case, each part of a rate (人/万人) on its own, 万/亿 kept; 每 between
 * two words is the rate's `/` (微克每立方米), while a part that starts with it (个/每万人) keeps it.
 */
function canonical(unit: string): string {
  return normalizeText(unit).toLowerCase().replace(/([^/])每/g, "$1/").split("/").map((part) => {
    const scaled = /^[万亿]/.test(part) && part.length > 1;
    const base = scaled ? part.slice(1) : part;
    return (scaled ? part[0] : "") + (CANONICAL.get(base) ?? base);
  }).join("/");
}

/**
 * True when a unit typed with a value is the row's own, however spelt: `万 人` and `万人`, `㎡` and
 * `平方米`, `万m²` and `万平方米`, `人／万人` and `人/万人`, and `万` alone in a 万人 row. Never a conversion: `人` is
 * not `万人`, nor `万` a 人 row's.
 */
export function sameUnit(typed: string, rowUnit: string): boolean {
  if (typed.trim() === "" || rowUnit.trim() === "") return false;
  const t = canonical(typed);
  const row = canonical(rowUnit);
  // the scale alone, its word left off: `1269万` in a 万人 row, `68亿` in a 亿元 row (a trial's habit);
  // in a 人 or 元 row 万 is a conversion, and a rate (万元/人) is never shortened so
  return t === row || ((t === "万" || t === "亿") && row.length > 1 && row.startsWith(t) && !row.includes("/"));
}
