import type { SummaryFigures } from "./summarize";
import { valueCell } from "./valueCell";
import { summaryRowPlace, type SummaryRowPlace } from "./SummaryRowPlace";

/** A cumulative row of a unit's return whose cell for the year looks like a running total (§3 `running_total`). */
export interface RunningTotalRow extends SummaryRowPlace {
  /** the cell as typed (the running total?) */
  total: number;
  /** what the year's own amount would be (the cell less the year before's); absent where the cell equals the whole target */
  amount?: number;
  /** the whole period's target, where the cell equals it */
  target?: number;
}

/**
 * The rows the summary names apart as likely running totals (evaluation-rules §3 and §6, our
 * reading): check warns of them, and the report grades them on the cautious reading, so a manager
 * reading only the summary's text or JSON must see them too. Read from the flags SummaryTally kept apart
 * (code running_total), in the flag list's order; the levels and years far beyond the pace kept with them are cumulativeDoubts'.
 */
export function runningTotals(f: Pick<SummaryFigures, "runningTotals" | "year">): RunningTotalRow[] {
  const out: RunningTotalRow[] = [];
  for (const x of f.runningTotals) {
    if (x.code !== "running_total") continue;
    const total = Number(x.params?.["total"]);
    const amount = Number(x.params?.["amount"]);
    const target = Number(x.params?.["target"]);
    out.push({
      ...summaryRowPlace(x, valueCell(x.item, f.year)), total,
      ...(x.params?.["amount"] !== undefined && Number.isFinite(amount) ? { amount } : {}),
      ...(x.params?.["target"] !== undefined && Number.isFinite(target) ? { target } : {}),
    });
  }
  return out;
}
