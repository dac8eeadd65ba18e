import type { SummaryFigures } from "./summarize";
import { valueCell } from "./valueCell";
import { summaryRowPlace, type SummaryRowPlace } from "./SummaryRowPlace";

/**
 * A cumulative row of a unit's return whose cell the report will not grade on (evaluation-rules §3 and
 * §6, our reading): the year's level typed (`level_typed`) or an amount far beyond the pace
 * (`year_over_pace`, last period's total carried on?), of the reporting year or, where `year` is
 * given, of an earlier one.
 */
export interface CumulativeDoubtRow extends SummaryRowPlace {
  /** `cell`: the doubted cell, the reporting year's or an earlier year's */
  code: "level_typed" | "year_over_pace";
  /** the cell as typed */
  value: number;
  /** the year's own amount it would be (the rise; the value less last period's total), where known */
  amount?: number;
  /** an earlier year's cell (absent: the reporting year's) */
  year?: number;
}

/**
 * The rows the summary names beside the running totals (runningTotals): check warns of them and the
 * report does not grade them (未能评估（数值待核实）), so the summary's text and JSON name them too; a
 * trial's 龙游县 人均预期寿命 81.5 typed for a 〔1〕 rise was flagged by check and absent from the line.
 * Read from the flags SummaryTally kept apart, in the flag list's order.
 */
export function cumulativeDoubts(f: Pick<SummaryFigures, "runningTotals" | "year">): CumulativeDoubtRow[] {
  const out: CumulativeDoubtRow[] = [];
  for (const x of f.runningTotals) {
    if (x.code !== "level_typed" && x.code !== "year_over_pace") continue;
    const amount = Number(x.code === "level_typed" ? x.params?.["rise"] : x.params?.["amount"]);
    const year = Number(x.params?.["year"]);
    out.push({
      ...summaryRowPlace(x, x.cell ?? valueCell(x.item, f.year)), code: x.code, value: Number(x.params?.["value"]),
      ...(Number.isFinite(amount) ? { amount } : {}), ...(Number.isFinite(year) && x.params?.["year"] !== undefined ? { year } : {}),
    });
  }
  return out;
}
