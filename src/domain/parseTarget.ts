import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";
import type { Target } from "./Target";
import { memo } from "./memo";
import { splitOperator } from "./operatorWords";

const NONE = new Set(["", "/", "—", "——", "-", "–", "--", "－", "无"]);

type Rule = { re: RegExp; make: (n: number, text: string) => Target };

// Operators come from operatorWords (one home); these are the target-only forms.
const RULES: Rule[] = [
  { re: /^[[〔【{](.+)[\]〕】}]$/, make: (value, text) => ({ kind: "cumulative", value, text }) },
  { re: /^(.+?)左右$/, make: (value, text) => ({ kind: "approximate", value, text }) },
  { re: /^(?:约|大约)(.+)$/, make: (value, text) => ({ kind: "approximate", value, text }) },
];

/**
 * Reads a target (or baseline) as a plan writes it. Never throws: anything it cannot read
 * as a number with an operator is qualitative text, for a reviewer to judge.
 * `percent` allows a trailing % on the number (the indicator's unit is %).
 */
export function parseTarget(written: string | undefined | null, percent = false): Target {
  return (percent ? parsePercent : parsePlain)(written ?? "");
}

const parsePlain = memo((text: string) => read(text, false));
const parsePercent = memo((text: string) => read(text, true));

function read(text: string, percent: boolean): Target {
  const t = normalizeText(text);
  if (NONE.has(t)) return { kind: "none", text };
  const plain = parseNumber(t, percent);
  if (plain !== null) return { kind: "point", value: plain, text };
  const op = splitOperator(t);
  const opValue = op ? parseNumber(op.inner, percent) : null;
  if (op && opValue !== null) {
    const strict = op.op === ">" || op.op === "<";
    return op.op === ">=" || op.op === ">"
      ? { kind: "floor", value: opValue, strict, text }
      : { kind: "ceiling", value: opValue, strict, text };
  }
  for (const rule of RULES) {
    const m = rule.re.exec(t);
    const inner = m?.[1];
    if (inner === undefined) continue;
    const n = parseNumber(inner, percent);
    if (n !== null) return rule.make(n, text);
  }
  const parts = t.split("/");
  if (parts.length > 1) {
    const values = parts.map((p) => parseNumber(p, percent));
    if (values.every((v): v is number => v !== null)) return { kind: "compound", values, text };
  }
  return { kind: "text", text };
}
