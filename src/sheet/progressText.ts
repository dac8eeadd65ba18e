import { PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "../domain/PROGRESS_SHOWN_MAX";

/**
 * Progress as people read it (evaluation-rules.md §3a): a percentage with `digits` decimals;
 * PROGRESS_OVER (`>999%`) above PROGRESS_SHOWN_MAX, as the sheets' PROGRESS_FORMAT shows it; or 倒退
 * with the value against the baseline where the value is on the wrong side of it (p < 0), never a
 * negative percentage; "—" for none. The JSON report keeps the number.
 */
export function progressText(item: { progress: number | null; value?: string; baseline: string }, lang: "zh" | "en" = "zh", digits = 0): string {
  const p = item.progress;
  if (p === null || !Number.isFinite(p)) return "—";
  if (p > PROGRESS_SHOWN_MAX) return PROGRESS_OVER;
  if (p >= 0) return `${(p * 100).toFixed(digits)}%`;
  const v = item.value ?? "";
  return lang === "zh" ? `倒退（${v} 对基期 ${item.baseline}）` : `going backwards (${v} against the baseline ${item.baseline})`;
}
