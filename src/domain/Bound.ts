import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";
import { splitOperator, type Operator } from "./operatorWords";

/** An actual reported as a bound (`>96`, `96以上`, `大于96`): text in the cell, read only to explain. */
export interface Bound {
  op: Operator;
  value: number;
}

/** Reads a bound with the plan's own operator words (operatorWords), so `大于96` is one too. */
export function parseBound(text: string, percent: boolean): Bound | null {
  const split = splitOperator(normalizeText(text));
  if (!split) return null;
  const value = parseNumber(split.inner, percent);
  return value === null ? null : { op: split.op, value };
}
