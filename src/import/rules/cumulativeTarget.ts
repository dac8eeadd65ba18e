import { riseAtEnd } from "../../domain/directionWords";
import { parseTarget } from "../../domain/parseTarget";
import { parseNumber } from "../../domain/parseNumber";
import { RELATIVE_TOLERANCE } from "../../domain/tolerances";
import type { ColumnRule, IndicatorDraft } from "../ColumnRule";
import { cellOf } from "../ColumnRule";

/**
 * The five-year total in a column of its own (〔累计〕): the target, written as a cumulative
 * target (`〔18〕`, evaluation-rules §1), when the target cell is empty; kept beside the target
 * otherwise (cumulativeNote). Either way said so. A `年均/累计` column (the national 纲要's) writes
 * its totals in 〔〕 and its yearly averages bare (`>7`): a bare one is the target as written, a yearly
 * one, never made a five-year total; one in words (`完成省下达任务`, `高于GDP增长`) is neither, a target in
 * words (待人工评估), and said as such. A bare yearly average on an amount's row (亿元) is its growth rate: the row is
 * loaded as the rate (`地区生产总值年均增长`, unit %, an amount baseline left out), as growthTarget does a yearly plan's.
 */
/** Whether a value in the 累计 column `label` is a yearly average: bare (no 〔〕) in a `年均` column. */
export function annualAverage(label: string, value: string): boolean {
  return /年均/.test(label) && !/^[[〔［【]/.test(value.trim());
}

// a figure in round brackets, as a paste writes a 〔〕 total by mistake (`(6)`, `（6）`)
const ROUND = /^[(（]\s*([^()（）]+?)\s*[)）]$/;

/**
 * A five-year total written in round brackets (`(6)` for `[6]`, agri14's `年均增(5年累计)` column, trial29a F6):
 * the column's label names 累计 and the number is the row's target less its baseline (both numbers, within
 * RELATIVE_TOLERANCE), so it is the total of the five years' change, not a yearly average. False otherwise.
 */
export function roundTotal(label: string, value: string, baseline: string, target: string): boolean {
  const inner = ROUND.exec(value.trim())?.[1];
  if (inner === undefined || !/累计/.test(label)) return false;
  const n = parseNumber(inner);
  return n !== null && planChange(baseline, target, n) === "same";
}

/**
 * Whether a five-year total `total` is the row's change, its target less its baseline (within RELATIVE_TOLERANCE,
 * the one home of tolerances), a fall also as its size (`〔260〕` for 3260 → ≤3000, as plans write a 累计下降): "same";
 * "differs" with `change`, the target less the baseline (12 significant digits: 98 − 97.8 is 0.2), and both numbers;
 * "unknown" when the baseline or target is no number or bound (`—`, words, `〔10〕`).
 */
export function planChange(baseline: string, target: string, total: number): "same" | "unknown" | { change: number; baseline: number; target: number } {
  const b = numberIn(baseline);
  const t = numberIn(target);
  if (b === null || t === null) return "unknown";
  const close = (x: number): boolean => Math.abs(x - total) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(t), Math.abs(b));
  return close(t - b) || (t < b && close(b - t)) ? "same" : { change: Number((t - b).toPrecision(12)), baseline: b, target: t };
}

/** The number of a baseline or target written as a number or a bound (`60`, `≥60`, `60左右`); null otherwise. */
function numberIn(written: string): number | null {
  const t = parseTarget(written);
  return t.kind === "point" || t.kind === "floor" || t.kind === "ceiling" || t.kind === "approximate" ? t.value : null;
}

/** Whether the row's 累计 value is a yearly average (annualAverage), unless it is a total written in round brackets (roundTotal). */
export function annualValue(d: IndicatorDraft, label: string): boolean {
  return annualAverage(label, d.cumulative) && !roundTotal(label, d.cumulative, cellOf(d, d.header.baselineCol), d.target);
}

/** The 年均 part of a `年均/累计` column's label (`年均增长〔累计〕` → 年均增长), the word for its bare values. */
export function annualWord(label: string): string {
  return /^[^〔[［【(（/／]*/.exec(label)?.[0] || "年均";
}

/** An amount's row read as its yearly growth rate: the name `…年均增长` (unless it ends in a rise already), its unit and its baseline when an amount ("" when none). */
function growthRate(d: IndicatorDraft): { name: string; unit: string; baseline: string } {
  const bare = d.detected.bareName || d.name;
  const written = cellOf(d, d.header.baselineCol).trim();
  return { name: riseAtEnd(bare) !== null ? d.name : `${bare}年均增长`, unit: d.unit, baseline: parseTarget(written).kind === "none" ? "" : written };
}

export const cumulativeTarget: ColumnRule = (d) => {
  d.target = cellOf(d, d.header.targetCol);
  const cumulativeCol = d.header.columns.findIndex((c) => c.kind === "cumulative");
  d.cumulative = cumulativeCol >= 0 ? cellOf(d, cumulativeCol).trim() : "";
  const { cumulative, target } = d;
  if (cumulative === "" || parseTarget(cumulative).kind === "none") return;
  const bracketed = /^[[〔［【]/.test(cumulative);
  const label = d.header.columns[cumulativeCol]?.label ?? "";
  if (parseTarget(target).kind === "none" && annualValue(d, label)) {
    const words = parseTarget(cumulative, d.unit === "%").kind === "text";
    // a yearly average growth on an amount's row (地区生产总值 | 亿元 | 300 | — | 8左右) is a rate, not 8 亿元: the row
    // becomes the growth rate, as a yearly plan's growth column makes it (growthTarget)
    const rate = !words && d.unit !== "" && d.unit !== "%" ? growthRate(d) : undefined;
    d.report("target-from-annual", { value: cumulative, label, target: target.trim(), words, ...(rate ? { rate } : {}) });
    d.target = cumulative;
    if (rate) {
      d.name = rate.name;
      d.unit = "%";
      if (rate.baseline !== "") d.baseline = "";
    }
    return;
  }
  if (parseTarget(target).kind === "none") {
    const written = bracketed ? cumulative : `〔${cumulative}〕`;
    d.report("target-from-cumulative", { cumulative, written, target: target.trim() });
    d.target = written;
  } else {
    // a bare value in a 年均 column (`年均增长〔累计〕 | 7左右`) is a yearly average, not a total: worded so; `(6)` that
    // is the target less the baseline under a header naming 累计 is the total in the wrong brackets: worded so
    const baseline = cellOf(d, d.header.baselineCol).trim();
    const round = roundTotal(label, cumulative, baseline, target);
    d.cumulativeBeside = true;
    // a total in 〔〕 that is the target less the baseline (64, 60, 〔4〕) is what such a column holds: kept, not said
    // (trial39a F1: 9 of 12 rows said so buried the 3 that needed a look); one that is not says both numbers
    const written = parseTarget(cumulative);
    const total = written.kind === "cumulative" ? written.value : null;
    const change = total === null ? "unknown" : planChange(baseline, target, total);
    if (change === "same") return;
    const differs = typeof change === "object" ? { differs: { target: String(change.target), baseline: String(change.baseline), change: String(change.change), total: String(total) } } : {};
    d.report("target-and-cumulative", { target, cumulative, ...(annualValue(d, label) ? { annual: annualWord(label) } : {}), ...(round ? { roundTotal: { baseline, label } } : {}), ...differs });
  }
};
