import { fallAtEnd } from "./directionWords";

/**
 * A cumulative row's yearly falls of a rate, compounded (evaluation-rules §3, our reading; trial33 T1:
 * 单位GDP二氧化碳排放降低（%） 〔18〕 filled 3.8 every year 2021–2025 sums to 19, 已达标, while each year's fall is
 * of the year before's level, so the five come to 1 − 0.962^5 = 17.6%).
 * In: the row's name and unit, and the years' usable values B+1…Y in % (a blank year adds nothing, as in the sum).
 * Out: `total`, 1 − Π(1 − r/100), in %, and `word`, the fall word that ends the name (降低, 下降, 减少: fallAtEnd,
 * whose words are directionWords' CHANGE_WORDS.down); null where the row is no such one: its unit is not %, its name
 * does not end in a fall word, fewer than two years are filled (one year compounds to itself), or a year's fall is
 * 100% or more (no level left to fall from). The contract's sum stands (§3); this is only a reading beside it.
 */
export function compoundedFall(name: string, unit: string, falls: readonly number[]): { total: number; word: string } | null {
  if (unit !== "%" || falls.length < 2 || falls.some((r) => !Number.isFinite(r) || r >= 100)) return null;
  const word = fallAtEnd(name);
  if (word === null) return null;
  const kept = falls.reduce((k, r) => k * (1 - r / 100), 1);
  return { total: Number(((1 - kept) * 100).toPrecision(12)), word };
}
