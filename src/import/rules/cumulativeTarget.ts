import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";
import { cellOf } from "../ColumnRule";

/**
 * The five-year total in a column of its own (〔累计〕): the target, written as a cumulative
 * target (`〔18〕`, evaluation-rules §1), when the target cell is empty; kept beside the target
 * otherwise (cumulativeNote). Either way said so. A `年均/累计` column (the national 纲要's) writes
 * its totals in 〔〕 and its yearly averages bare (`>7`): a bare one is the target as written, a yearly
 * one, never made a five-year total; one in words (`完成省下达任务`, `高于GDP增长`) is neither, a target in
 * words (待人工评估), and said as such.
 */
/** Whether a value in the 累计 column `label` is a yearly average: bare (no 〔〕) in a `年均` column. */
export function annualAverage(label: string, value: string): boolean {
  return /年均/.test(label) && !/^[[〔［【]/.test(value.trim());
}

/** The 年均 part of a `年均/累计` column's label (`年均增长〔累计〕` → 年均增长), the word for its bare values. */
export function annualWord(label: string): string {
  return /^[^〔[［【(（/／]*/.exec(label)?.[0] || "年均";
}

export const cumulativeTarget: ColumnRule = (d) => {
  d.target = cellOf(d, d.header.targetCol);
  const cumulativeCol = d.header.columns.findIndex((c) => c.kind === "cumulative");
  d.cumulative = cumulativeCol >= 0 ? cellOf(d, cumulativeCol).trim() : "";
  const { cumulative, target } = d;
  if (cumulative === "" || parseTarget(cumulative).kind === "none") return;
  const bracketed = /^[[〔［【]/.test(cumulative);
  const label = d.header.columns[cumulativeCol]?.label ?? "";
  if (parseTarget(target).kind === "none" && annualAverage(label, cumulative)) {
    d.report("target-from-annual", { value: cumulative, label, target: target.trim(), words: parseTarget(cumulative, d.unit === "%").kind === "text" });
    d.target = cumulative;
    return;
  }
  if (parseTarget(target).kind === "none") {
    const written = bracketed ? cumulative : `〔${cumulative}〕`;
    d.report("target-from-cumulative", { cumulative, written, target: target.trim() });
    d.target = written;
  } else {
    // a bare value in a 年均 column (`年均增长〔累计〕 | 7左右`) is a yearly average, not a total: worded so
    d.report("target-and-cumulative", { target, cumulative, ...(annualAverage(label, cumulative) ? { annual: annualWord(label) } : {}) });
  }
};
