import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";

/** An actual reported as a bound (`>96`, `96以上`): text in the cell, read only to explain. */
export interface Bound {
  op: ">" | ">=" | "<" | "<=";
  value: number;
}

const PATTERNS: Array<[RegExp, Bound["op"]]> = [
  [/^(?:≥|>=|不低于|不少于)(.+)$/, ">="],
  [/^(.+?)(?:以上)$/, ">="],
  [/^(?:>|高于|超过)(.+)$/, ">"],
  [/^(?:≤|<=|不高于|不超过)(.+)$/, "<="],
  [/^(.+?)(?:以下|以内)$/, "<="],
  [/^(?:<|低于)(.+)$/, "<"],
];

export function parseBound(text: string, percent: boolean): Bound | null {
  const t = normalizeText(text);
  for (const [re, op] of PATTERNS) {
    const inner = re.exec(t)?.[1];
    if (inner === undefined) continue;
    const value = parseNumber(inner, percent);
    if (value !== null) return { op, value };
  }
  return null;
}
