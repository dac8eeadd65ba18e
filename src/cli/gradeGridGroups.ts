import { gradeGridLayout } from "./gradeGridLayout";

/**
 * How many units each table of the report's unit × indicator grid holds, in the units' order: all in one
 * table while gradeGridLayout can set them (each grade on one line, or split at a word in columns of four
 * characters); more units than that (trial37b F3: 30 units a character wide, every grade stacked
 * 基/本/符/合/预/期 and 4 indicators a page, 14 pages) in the fewest tables whose grades `labels` each keep
 * one line on a landscape page, as even as can be (30 units, 基本符合预期 the longest grade: 8, 8, 7, 7).
 * Each table repeats the indicator column. `units` ≥ 0; [] for none.
 */
export function gradeGridGroups(labels: readonly string[], units: number): number[] {
  if (units <= 0) return [];
  if (gradeGridLayout(labels, units).fits) return [units];
  // the most units a table sets with each grade on one line (at least one, however long the grades)
  let most = 1;
  while (!gradeGridLayout(labels, most + 1).split) most++;
  const tables = Math.ceil(units / most);
  return Array.from({ length: tables }, (_, k) => Math.floor(units / tables) + (k < units % tables ? 1 : 0));
}
