import type { Issue } from "./Issue";

/**
 * The cautious reading of a cumulative row whose cell for Y looks like a running total (§3
 * `running_total`; evaluation-rules §6, our reading): the total the report grades it on, never the
 * sum, which may count a year twice.
 * - `copied` false (the cells grow by a year's amount each year): the cell for Y read as the
 *   running total so far, `basis` = that cell (230, 480, 740 against 〔1200〕: 740, not 1450);
 * - `copied` true (the cell equals the whole period's target, perhaps copied from the plan): the
 *   cell is left out, `basis` = the earlier years' sum (`sum` less the cell), or null when the sum
 *   is not known (the row is then not graded anyway).
 * - `latest` true (the cell for Y is at least the earlier years' sum and leaves a plausible year: the
 *   running total typed once, in Y): read as the total so far, `basis` = that cell, as above; the
 *   earlier cells are their own amounts, so the series sums them as usual (1269, 1206, 1244, 4975:
 *   4975, the series 1269, 2475, 3719, 4975).
 * Null when the row carries no running_total warning. `sum` is the engine's value (IndicatorResult.value).
 */
export interface RunningTotalReading {
  /** the cell for Y as typed (the running_total's `total`) */
  total: number;
  copied: boolean;
  /** only the cell for Y is a running total (the issue's `earlierSum`); the earlier cells hold their own amounts */
  latest: boolean;
  basis: number | null;
}

export function runningTotalReading(issues: readonly Issue[], sum: number | null): RunningTotalReading | null {
  const i = issues.find((x) => x.code === "running_total");
  const total = Number(i?.params?.["total"]);
  if (!i || !Number.isFinite(total)) return null;
  const copied = i.params?.["target"] !== undefined;
  const latest = i.params?.["earlierSum"] !== undefined;
  if (!copied) return { total, copied, latest, basis: total };
  return { total, copied, latest, basis: sum === null ? null : Number((sum - total).toPrecision(12)) };
}
