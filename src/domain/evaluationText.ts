import type { Lang } from "./describeIssue";
import { describeIssue } from "./describeIssue";
import { EVALUATION_WORDS } from "./evaluationWords";
import { emptyGradeCounts, type Grade } from "./Grade";
import type { Issue } from "./Issue";

/** A value of an earlier year left out of the trend: its year and the error that keeps it out (§2). */
export interface LeftOut {
  year: number;
  issue: Issue;
}

/** What the paragraph needs of a graded indicator. */
export interface TextItem {
  name: string;
  /** 约束性 / 预期性, where the plan says */
  attribute?: string | null | undefined;
  /** the unit symbol, for the pace ("%" is said in 个百分点) */
  unit: string;
  grade: Grade;
  cumulative: boolean;
  forecast: { meets: boolean | null };
  pace: { needed: number | null; achieved: number | null };
  /** the item's own plan's target year, where it differs from the paragraph's (plans ending in different years) */
  targetYear?: number | undefined;
  /** the reporting year's value (a cumulative target's running total), and the final target as written: said of what is not achieved at T */
  actual?: string | undefined;
  target?: string | undefined;
  responsibleUnit?: string | null | undefined;
  /** earlier years whose value is not a valid number, left out of the trend */
  leftOut?: readonly LeftOut[] | undefined;
}

export const BINDING = "约束性";

/** Binding (约束性) first, otherwise in the table's order (a stable sort). */
export function bindingFirst<T extends { attribute?: string | null | undefined }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(b.attribute === BINDING) - Number(a.attribute === BINDING));
}

/** A number as reviews write it: two decimals from 0.1 up, two significant digits below (0.0065), no trailing zeros. */
export function fmtNumber(v: number): string {
  const r = Math.abs(v) >= 0.1 || v === 0 ? Math.round(v * 100) / 100 : Number(v.toPrecision(2));
  return (Object.is(r, -0) ? 0 : r).toString();
}

/** "（需年均提高 0.34 个百分点，此前年均提高 0.15 个百分点）", or "" without a needed pace; a cumulative target says 完成. */
export function paceWords(i: Pick<TextItem, "unit" | "cumulative" | "pace">, lang: Lang = "zh"): string {
  const { needed, achieved } = i.pace;
  if (needed === null) return "";
  const w = EVALUATION_WORDS[lang];
  const say = (v: number): string => w.paceValue(v, i.unit, i.cumulative, fmtNumber);
  return w.pace(say(needed), achieved === null ? null : say(achieved));
}

/** A value with its unit as the report writes it: 95%, 5.2万人; a ratio (比) has none. */
export function withUnit(value: string, unit: string): string {
  return value === "" || unit === "比" ? value : `${value}${unit}`;
}

/**
 * The report's paragraph (evaluation-rules.md §6), in the form reviews use:
 * "规划确定主要指标 N 项（约束性 a 项、预期性 b 项）。截至 Y 年，提前实现 x 项，… 未能评估 v 项。按目前趋势，
 * 预计到 T 年难以完成 k 项：…（需年均提高 …，此前年均提高 …）。"
 * Every count is counted from `items`, so it equals the table's; binding indicators are named
 * first in every list. 已实现 is said when there is one, or once the target year is reached.
 * `targetYear` null: the items' plans end in different years (said as 规划期末).
 * At or after an item's target year no forecast is made (§6); the paragraph says instead, per
 * target year, what is not achieved at the end of the period (期末未完成, our reading), in the same
 * form. Earlier years left out of the trend (not a valid number) are named last.
 * The words come from the zh/en catalogue (evaluationWords); Chinese is the report's.
 */
export function evaluationText(items: readonly TextItem[], year: number, targetYear: number | null, lang: Lang = "zh"): string {
  const w = EVALUATION_WORDS[lang];
  const counts = emptyGradeCounts();
  for (const i of items) counts[i.grade]++;
  const binding = items.filter((i) => i.attribute === BINDING).length;
  const expected = items.filter((i) => i.attribute === "预期性").length;
  const other = items.length - binding - expected;
  const names = (xs: readonly TextItem[]): string[] => bindingFirst(xs).map((i) => i.name);
  const endOf = (i: TextItem): number | null => i.targetYear ?? targetYear;
  const ended = (i: TextItem): boolean => { const t = endOf(i); return t !== null && year >= t; };

  const parts: string[] = [];
  if (counts.achieved > 0 || (targetYear !== null && year >= targetYear)) parts.push(w.gradeCount("achieved", counts.achieved));
  parts.push(w.gradeCount("early", counts.early), w.gradeCount("ahead", counts.ahead), w.gradeCount("on_schedule", counts.on_schedule));
  const behindBinding = items.filter((i) => i.grade === "behind" && i.attribute === BINDING);
  parts.push(w.gradeCount("behind", counts.behind) + w.behindBinding(behindBinding.length, names(behindBinding)));
  parts.push(w.gradeCount("not_graded", counts.not_graded));

  let text = w.opening(items.length, w.attributes(binding, expected, other), year, parts);

  // plans whose period has ended by Y: what is not achieved at their end, per target year
  const endYears = [...new Set(items.filter(ended).map((i) => endOf(i) ?? year))].sort((a, b) => a - b);
  for (const t of endYears) {
    const graded = items.filter((i) => ended(i) && endOf(i) === t && i.grade !== "not_graded");
    const misses = bindingFirst(graded.filter((i) => i.grade !== "achieved"));
    if (misses.length > 0) {
      text += w.endMisses(t, year, misses.map((i) => w.endItem({
        name: i.name, year, actual: withUnit(i.actual ?? "", i.unit), cumulative: i.cumulative, target: i.target ?? "", responsibleUnit: i.responsibleUnit ?? null,
      })));
    } else if (graded.length > 0) text += w.endAllMet(t, year, graded.length);
  }

  // the rest: forecast to T (§6)
  if (targetYear === null || year < targetYear) {
    const open = items.filter((i) => !ended(i));
    const misses = bindingFirst(open.filter((i) => i.forecast.meets === false));
    const forecast = open.filter((i) => i.forecast.meets !== null).length;
    const end = w.forecastEnd(targetYear);
    if (misses.length > 0) text += w.forecastMisses(end, misses.map((i) => `${i.name}${paceWords(i, lang)}`));
    else if (forecast > 0) text += w.forecastAllMet(end, forecast);
  }

  const leftOut = bindingFirst(items).flatMap((i) => (i.leftOut ?? []).map((l) => w.leftOutItem(i.name, l.year, describeIssue(l.issue, lang))));
  if (leftOut.length > 0) text += w.leftOut(leftOut);
  return text.trim();
}
