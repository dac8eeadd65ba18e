import { normalizeText } from "./normalizeText";

/** A comparison a plan writes before or after a number (evaluation-rules.md §1). */
export type Operator = ">=" | ">" | "<=" | "<";

/** A change verb with 到 or 至 after it: the level it is to reach (`提高到`, `缩小至`). */
function towards(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => [`${v}到`, `${v}至`]);
}

/**
 * The one home of the operator words: the target parser (`≥50`, `50以上`, `控制在3以内`) and the
 * reader of a bound typed in a cell (`大于96`, `96以上`) both read them from here, so a word the
 * plan may write is also understood when a person types it. Prefixes may carry a trailing
 * suffix of the same sense (`控制在3以内`).
 */
export const OPERATOR_WORDS: Readonly<Record<Operator, { prefixes: readonly string[]; suffixes: readonly string[] }>> = {
  // "raise to" and "bring down to" a level (`提高到95%`, `缩小到1.9:1`, `降至30`): our reading, §1
  ">=": { prefixes: ["≥", ">=", "不低于", "不少于", "大于等于", "至少", ...towards(["提高", "提升", "增加", "增长", "扩大"]), "增至", "升至"], suffixes: ["及以上", "以上"] },
  ">": { prefixes: [">", "高于", "大于", "超过"], suffixes: [] },
  "<=": { prefixes: ["≤", "<=", "不高于", "不超过", "不大于", "控制在", "小于等于", ...towards(["缩小", "降低", "下降", "减少", "压减", "压降"]), "控制到", "降到", "降至", "减至"], suffixes: ["以下", "以内"] },
  "<": { prefixes: ["<", "低于", "小于"], suffixes: [] },
};

/**
 * Verbs a plan writes before a bound that only its suffix names (`达到98%以上`, `稳定在52万亩以上`,
 * `保持在95%以上`, `力争达到90%以上`): the suffix's operator, the verb adds nothing. Without a suffix
 * (`达到95`) the reach words are a point target (parseTarget). Longer first, so 保持在 is not read as 保持.
 */
export const LEAD_VERBS: readonly string[] = ["力争达到", "确保达到", "稳定在", "保持在", "达到", "力争", "确保", "保持"];

/**
 * Verbs a plan writes before a level it is to stay about (`控制在6左右`, `稳定在5.5%左右`, `保持在3左右`,
 * `达到78.9左右`): the 左右 target (approximate), the verb adds nothing. A trial's yearly plan wrote
 * 城镇调查失业率 `控制在6左右` and 居民消费价格涨幅 `控制在3左右`; both stayed words, 待人工评估.
 */
export const APPROXIMATE_LEADS: readonly string[] = ["控制在", ...LEAD_VERBS];

/**
 * Words before a number the plan is to reach (`达到95`, `力争100`, `保持100`, `保持在100%`, `稳定在95`,
 * `=100`; `＝` reads as `=` once normalised): a point target (parseTarget), its direction read as in §3a.
 * The reach verbs (LEAD_VERBS) without a 以上/以下 ending, and `=`. A trial's `=100` (脱贫率) and a later
 * one's `保持100` (建制村通客车率) stayed words, 待人工评估. Longer first, so 力争达到 is not read as 力争.
 */
export const POINT_WORDS: readonly string[] = [...LEAD_VERBS, "="];

// an operator sign before its number, as plans (and the full-width forms pasted from them) write it
const SIGN_SPACED = /^(\s*(?:>=|<=|[≥≤><=＞＜＝≧≦]))\s+(?=[+\-−]?[\d\uff10-\uff19])/u;

/**
 * A bound as the project writes it, its sign joined to the number (`≥ 86` → `≥86`, `＞ 55` → `＞55`): a paste keeps the
 * space a web page or a PDF put there, and the pane showed 目标：≥ 86 beside every other 目标：≥90 (trial47c F5). Only the
 * space after a leading sign; anything else as written.
 */
export function operatorJoined(written: string): string {
  return written.replace(SIGN_SPACED, "$1");
}

/** up for ≥ and >, down for ≤ and < (evaluation-rules.md §3a, rule 2). */
export function operatorDirection(op: Operator): "up" | "down" {
  return op === ">=" || op === ">" ? "up" : "down";
}

const byLength = (a: [string, Operator], b: [string, Operator]): number => b[0].length - a[0].length;
const PREFIXES = (Object.keys(OPERATOR_WORDS) as Operator[]).flatMap((op) => OPERATOR_WORDS[op].prefixes.map((w): [string, Operator] => [normalizeText(w), op])).sort(byLength);
const SUFFIXES = (Object.keys(OPERATOR_WORDS) as Operator[]).flatMap((op) => OPERATOR_WORDS[op].suffixes.map((w): [string, Operator] => [w, op])).sort(byLength);

/**
 * Splits normalised text into its operator and the rest (`≥50` → >= "50"; `50以上` → >= "50";
 * `控制在3以内` → <= "3"; `稳定在52万亩以上` → >= "52万亩"; `保持不低于85` → >= "85"). Null when the text has
 * no operator word, or nothing beside it.
 */
export function splitOperator(written: string): { op: Operator; inner: string } | null {
  // a reach verb before an operator adds nothing (`保持不低于85`, `确保不超过33`: our reading, §1)
  const lead = LEAD_VERBS.find((v) => written.startsWith(v) && PREFIXES.some(([w]) => written.startsWith(w, v.length)));
  const text = lead === undefined ? written : written.slice(lead.length);
  for (const [w, op] of PREFIXES) {
    if (!text.startsWith(w)) continue;
    let inner = text.slice(w.length);
    const same = SUFFIXES.find(([s, o]) => inner.endsWith(s) && operatorDirection(o) === operatorDirection(op));
    if (same) inner = inner.slice(0, -same[0].length);
    return inner ? { op, inner } : null;
  }
  for (const [w, op] of SUFFIXES) {
    if (!text.endsWith(w)) continue;
    const before = text.slice(0, -w.length);
    const lead = LEAD_VERBS.find((v) => before.startsWith(v));
    const inner = lead === undefined ? before : before.slice(lead.length);
    return inner ? { op, inner } : null;
  }
  return null;
}
