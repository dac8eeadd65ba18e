/**
 * Whether two returns' covers name two units (both 填报单位 written, and different): then they are two
 * returns even where every value is alike (trial35 M2: 北岭县 and 东城县), never one return twice. A cover
 * left blank names none, so a copy with its unit blanked is still the same return twice.
 */
export function twoUnits(a: string, b: string): boolean {
  return a.trim() !== "" && b.trim() !== "" && a.trim() !== b.trim();
}
