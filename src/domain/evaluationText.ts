import { emptyGradeCounts, GRADE_LABELS, type Grade } from "./Grade";

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
export function paceWords(i: Pick<TextItem, "unit" | "cumulative" | "pace">): string {
  const { needed, achieved } = i.pace;
  if (needed === null) return "";
  // a ratio (城乡居民收入比) has no unit to name: "降低 0.05", not "降低 0.05 比"
  const unit = i.unit === "%" ? " 个百分点" : i.unit === "‰" ? " 个千分点" : i.unit && i.unit !== "比" ? ` ${i.unit}` : "";
  const say = (v: number): string => i.cumulative ? `完成 ${fmtNumber(v)}${unit}`
    : fmtNumber(Math.abs(v)) === "0" ? "无变化" : `${v < 0 ? "降低" : "提高"} ${fmtNumber(Math.abs(v))}${unit}`;
  return `（需年均${say(needed)}${achieved === null ? "" : `，此前年均${say(achieved)}`}）`;
}

/**
 * The report's paragraph (evaluation-rules.md §6), in the form reviews use:
 * "规划确定主要指标 N 项（约束性 a 项、预期性 b 项）。截至 Y 年，提前实现 x 项，… 未能评估 v 项。按目前趋势，
 * 预计到 T 年难以完成 k 项：…（需年均提高 …，此前年均提高 …）。"
 * Every count is counted from `items`, so it equals the table's; binding indicators are named
 * first in every list. 已实现 is said when there is one, or once the target year is reached.
 * `targetYear` null: the items' plans end in different years (said as 规划期末).
 */
export function evaluationText(items: readonly TextItem[], year: number, targetYear: number | null): string {
  const counts = emptyGradeCounts();
  for (const i of items) counts[i.grade]++;
  const binding = items.filter((i) => i.attribute === BINDING).length;
  const expected = items.filter((i) => i.attribute === "预期性").length;
  const other = items.length - binding - expected;
  const attr = [`约束性 ${binding} 项`, `预期性 ${expected} 项`, ...(other > 0 ? [`未标属性 ${other} 项`] : [])].join("、");
  const names = (xs: readonly TextItem[]): string => bindingFirst(xs).map((i) => i.name).join("、");

  const parts: string[] = [];
  if (counts.achieved > 0 || (targetYear !== null && year >= targetYear)) parts.push(`${GRADE_LABELS.achieved} ${counts.achieved} 项`);
  parts.push(`${GRADE_LABELS.early} ${counts.early} 项`, `${GRADE_LABELS.ahead} ${counts.ahead} 项`, `${GRADE_LABELS.on_schedule} ${counts.on_schedule} 项`);
  const behind = items.filter((i) => i.grade === "behind");
  const behindBinding = behind.filter((i) => i.attribute === BINDING);
  parts.push(`${GRADE_LABELS.behind} ${counts.behind} 项${behindBinding.length > 0 ? `（其中约束性 ${behindBinding.length} 项：${names(behindBinding)}）` : ""}`);
  parts.push(`${GRADE_LABELS.not_graded} ${counts.not_graded} 项`);

  let text = `规划确定主要指标 ${items.length} 项（${attr}）。截至 ${year} 年，${parts.join("，")}。`;
  const end = targetYear === null ? "规划期末" : `${targetYear} 年`;
  if (targetYear === null || year < targetYear) {
    const misses = bindingFirst(items.filter((i) => i.forecast.meets === false));
    const forecast = items.filter((i) => i.forecast.meets !== null).length;
    if (misses.length > 0) text += `按目前趋势，预计到 ${end}难以完成 ${misses.length} 项：${misses.map((i) => `${i.name}${paceWords(i)}`).join("；")}。`;
    else if (forecast > 0) text += `按目前趋势，可预测的 ${forecast} 项指标预计到 ${end}均可完成。`;
  }
  return text;
}
