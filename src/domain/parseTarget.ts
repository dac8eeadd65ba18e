import { normalizeText } from "./normalizeText";
import { parseNumber } from "./parseNumber";
import { ratioToOne } from "./ratioToOne";
import type { Target } from "./Target";
import { memo } from "./memo";
import { targetRemark } from "./targetRemark";
import { APPROXIMATE_LEADS, operatorDirection, POINT_WORDS, splitOperator } from "./operatorWords";

const NONE = new Set(["", "/", "—", "——", "-", "–", "--", "－", "无"]);

/** A five-year total in brackets: `[15]`, `〔15〕`, `［15］` (full-width ［］ normalise to []), `【15】` */
const CUMULATIVE = /^[[〔【{](.+)[\]〕】}]$/;

type Rule = { re: RegExp; make: (n: number, text: string) => Target };

// Operators come from operatorWords (one home); these are the target-only forms.
const RULES: Rule[] = [
  { re: CUMULATIVE, make: (value, text) => ({ kind: "cumulative", value, text }) },
  { re: new RegExp(`^(?:${APPROXIMATE_LEADS.join("|")})?(.+?)左右$`), make: (value, text) => ({ kind: "approximate", value, text }) },
  { re: /^(?:约|大约)(.+)$/, make: (value, text) => ({ kind: "approximate", value, text }) },
  // “reach” words and `=`: a point target, its direction read as in §3a (the words: operatorWords)
  { re: new RegExp(`^(?:${POINT_WORDS.join("|")})(.+)$`), make: (value, text) => ({ kind: "point", value, text }) },
];

/**
 * A number followed by the unit it is counted in, as plans write targets and baselines
 * (`12.3年`, `1.5万人`, `99%`, `0.5千克/人`): the number and the unit. The unit is a short run of
 * Chinese characters (or % ‰), optionally `…/…`, or of Latin letters, a power after them allowed (`75L/d`, `2.5kg`,
 * `0.3m3/s`: a water table's 城镇人均日生活用水量 75L/d was words, trial47c F3); operator words are never a unit.
 */
// Chinese characters as ranges, not \p{Script=Han}: this file runs in Office 2019's ES2017 webview
const LATIN_UNIT = "[A-Za-z]{1,3}[23²³]?";
const WITH_UNIT = new RegExp(`^([+-]?[\\d.,]+)\\s*([%‰]|[\\u3400-\\u9fff]{1,4}(?:\\/[\\u3400-\\u9fff]{1,4})?|${LATIN_UNIT}(?:\\/${LATIN_UNIT})?)$`);
const NOT_A_UNIT = /^(以|及|左右|之|多|余|内|上|下)|(以上|以下|以内|左右)$/;

export function splitWrittenUnit(text: string): { number: string; unit: string } | null {
  const m = WITH_UNIT.exec(normalizeText(text));
  if (m?.[1] === undefined || m[2] === undefined || NOT_A_UNIT.test(m[2])) return null;
  return { number: m[1], unit: m[2] };
}

/** The unit a target or baseline is written with (`12.3年以上` → 年, `控制在5%以内` → %), "" when none. */
export function writtenUnit(written: string): string {
  const t = normalizeText(written);
  const own = splitWrittenUnit(t);
  if (own) return own.unit;
  const op = splitOperator(t);
  const withOp = op ? splitWrittenUnit(op.inner) : null;
  if (withOp) return withOp.unit;
  for (const rule of RULES) {
    const inner = rule.re.exec(t)?.[1];
    const u = inner === undefined ? null : splitWrittenUnit(inner);
    if (u) return u.unit;
  }
  const remarked = targetRemark(t);
  return remarked ? writtenUnit(remarked.target) : "";
}

/** The number of `inner`, also when it carries its unit (`12.3年`) or is a ratio to one (`1.9:1`: 1.9). */
function numberOf(inner: string, percent: boolean): number | null {
  const n = parseNumber(inner, percent);
  if (n !== null) return n;
  const u = splitWrittenUnit(inner);
  if (u !== null) return parseNumber(u.number, false);
  return ratioToOne(inner);
}

/**
 * Reads a target (or baseline) as a plan writes it (evaluation-rules §1; the one home of the
 * operator words, shared by the importer). A number may carry its unit (`12.3年以上`). Never throws: anything it cannot read
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
  const plain = numberOf(t, percent);
  if (plain !== null) return { kind: "point", value: plain, text };
  const op = splitOperator(t);
  const opValue = op ? numberOf(op.inner, percent) : null;
  if (op && opValue !== null) {
    const strict = op.op === ">" || op.op === "<";
    return op.op === ">=" || op.op === ">"
      ? { kind: "floor", value: opValue, strict, text }
      : { kind: "ceiling", value: opValue, strict, text };
  }
  // a total the plan asks to reach or pass (`〔>5500〕`, `〔≥5500〕`, `[4000以上]`): the total, as `〔5500〕`
  // (our reading, §1: a trial's national 就业 table wrote its totals so, and they stayed words). A cap
  // on a total (`〔≤3000〕`) is no total to reach: it stays words
  const inBrackets = CUMULATIVE.exec(t)?.[1];
  const bound = inBrackets === undefined ? null : splitOperator(inBrackets);
  const total = bound && operatorDirection(bound.op) === "up" ? numberOf(bound.inner, percent) : null;
  if (total !== null) return { kind: "cumulative", value: total, text };
  for (const rule of RULES) {
    const m = rule.re.exec(t);
    const inner = m?.[1];
    if (inner === undefined) continue;
    const n = numberOf(inner, percent);
    if (n !== null) return rule.make(n, text);
  }
  // a remark after the target that leaves its number as it is (`≤33（2025年）`, `70以上（力争75）`): the
  // target before it (our reading, §1; targetRemark says which remarks those are)
  const remarked = targetRemark(t);
  if (remarked) {
    const before = read(remarked.target, percent);
    if (before.kind !== "text" && before.kind !== "none") return { ...before, text };
  }
  const parts = t.split("/");
  if (parts.length > 1) {
    const values = parts.map((p) => parseNumber(p, percent));
    if (values.every((v): v is number => v !== null)) return { kind: "compound", values, text };
  }
  return { kind: "text", text };
}
