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
 * One spelling of a unit, the home of comparing units (sameUnit, unitFactor): normalised, lower case, each part of a
 * rate (人/万人) on its own, 万/亿 kept; 每 between two words is the rate's `/` (微克每立方米), while a part that starts
 * with it (个/每万人) keeps it; a rate per a number written with its 1 or without (`1/10万`, `/10万`) is one.
 */
export function canonicalUnit(unit: string): string {
  return normalizeText(unit).toLowerCase().replace(/([^/])每/g, "$1/").replace(/^1\//, "/").split("/").map((part) => {
    const scaled = /^[万亿]/.test(part) && part.length > 1;
    const base = scaled ? part.slice(1) : part;
    return (scaled ? part[0] : "") + (CANONICAL.get(base) ?? base);
  }).join("/");
}
