import type { Issue } from "../domain/Issue";
import { fmtNumber } from "../domain/fmtNumber";
import { PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "../domain/PROGRESS_SHOWN_MAX";

/**
 * Progress as people read it (evaluation-rules.md §3a): a percentage with `digits` decimals;
 * PROGRESS_OVER (`>999%`) above PROGRESS_SHOWN_MAX, as the sheets' PROGRESS_FORMAT shows it; or 倒退
 * with the value against the baseline where the value is on the wrong side of it (p < 0), never a
 * negative percentage; "—" for none. The JSON report keeps the number. A cumulative row (`cumulative`, the
 * running total of B+1…Y it is graded on, §3) has no baseline to go back from: what went backwards is its
 * running total, 倒退（累计 -0.1） (trial40a: 「倒退（-2.1 对基期 —）」 quoted the year's amount). A number in a percent style
 * in a row whose unit is not % (`issues`' percent_style_unit, §2a) is judged as stored, and said so: 倒退（0.111 对基期 10.8）,
 * never the 11.1% shown, which reads as above 10.8 (trial41b F1b).
 */
export function progressText(item: { progress: number | null; value?: string; baseline: string; cumulative?: number; issues?: ReadonlyArray<Pick<Issue, "code" | "params">> }, lang: "zh" | "en" = "zh", digits = 0): string {
  const p = item.progress;
  if (p === null || !Number.isFinite(p)) return "—";
  if (p > PROGRESS_SHOWN_MAX) return PROGRESS_OVER;
  if (p >= 0) return `${(p * 100).toFixed(digits)}%`;
  if (item.cumulative !== undefined) {
    const total = fmtNumber(item.cumulative);
    return lang === "zh" ? `倒退（累计 ${total}）` : `going backwards (running total ${total})`;
  }
  const stored = item.issues?.find((i) => i.code === "percent_style_unit")?.params?.["stored"];
  const v = stored === undefined ? item.value ?? "" : String(stored);
  // a baseline the plan wrote with its unit (12.59%) is said as the value is, bare (trial45b F3: 「12.5 对基期 12.59%」)
  const base = WITH_UNIT_SIGN.exec(item.baseline)?.[1] ?? item.baseline;
  return lang === "zh" ? `倒退（${v} 对基期 ${base}）` : `going backwards (${v} against the baseline ${base})`;
}

/** A plain number written with a percent or per-mille sign after it (the sign is the row's unit, said elsewhere). */
const WITH_UNIT_SIGN = /^\s*([+-]?\d+(?:\.\d+)?)\s*[%‰％]\s*$/;
