import type { ColumnRule } from "../ColumnRule";
import { readValue } from "./valueUnit";

/** evaluation-rules §3a step 2: the direction the target's operator says (≥ 以上 → up, ≤ 以内 → down) is written into the template. */
export const operatorDirection: ColumnRule = (d) => {
  const direction = readValue(d.target).direction;
  if (direction !== undefined) d.add.direction = direction;
};
