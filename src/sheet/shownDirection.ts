import type { Direction } from "../domain/Direction";
import type { YearRule } from "../domain/yearRule";

/**
 * The direction a 方向 label says (the sheet's 方向 cell and its prompt, the import preview), from the
 * engine's `direction` and the target year's rule (evaluation-rules §3a): an up indicator whose point target
 * equals its baseline (`入学率 | 100 | 100`) reads 保持, as a row with the same numbers and no name word does
 * by rule 4 (equal → keep) and as one whose point target is below its baseline does. Both are met when
 * A ≥ target (§3: a point target is ≥ for up and keep alike), so only the words change: the same numbers read
 * the same (a trial's two 100 → 100 rows read ↑越高越好 and 保持). The engine's direction is unchanged.
 */
export function shownDirection(direction: Direction | null, rule: Pick<YearRule, "target" | "baseline"> | undefined): Direction | null {
  if (direction !== "up" || rule?.target.kind !== "point" || rule.baseline === null) return direction;
  return rule.target.value === rule.baseline ? "keep" : direction;
}
