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
 * Null when the row carries no running_total warning. `sum` is the engine's value (IndicatorResult.value).
 */
export interface RunningTotalReading {
  /** the cell for Y as typed (the running_total's `total`) */
  total: number;
  copied: boolean;
  basis: number | null;
}

export function runningTotalReading(issues: readonly Issue[], sum: number | null): RunningTotalReading | null {
  const i = issues.find((x) => x.code === "running_total");
  const total = Number(i?.params?.["total"]);
  if (!i || !Number.isFinite(total)) return null;
  const copied = i.params?.["target"] !== undefined;
  if (!copied) return { total, copied, basis: total };
  return { total, copied, basis: sum === null ? null : Number((sum - total).toPrecision(12)) };
}
