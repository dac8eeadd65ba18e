import { parseTarget, writtenUnit } from "../../domain/parseTarget";

/**
 * What a baseline or target cell says beyond its number: the unit it carries (`12.3年以上` → 年,
 * `1.5万人` → 万人) and the direction its operator gives (evaluation-rules §3a step 2:
 * ≥ > 以上 不低于 … → up; ≤ < 以下 以内 不超过 … → down). The operator words are parseTarget's.
 */
export interface ValueReading {
  /** the unit written with the number ("" when none) */
  unit: string;
  /** the direction the operator says, when it says one */
  direction?: "up" | "down";
}

export function readValue(text: string): ValueReading {
  const target = parseTarget(text);
  const out: ValueReading = { unit: writtenUnit(text) };
  if (target.kind === "floor") out.direction = "up";
  if (target.kind === "ceiling") out.direction = "down";
  return out;
}
