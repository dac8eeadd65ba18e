import type { CheckItem } from "../../sheet/CheckReport";

/**
 * The first of the earlier years a lagging row is asked to fill in before its 说明, on that year's cell: cumulative_gap said
 * with `lags` (check's 2021—2023 年的数值未填：请先补填), or, where that blank is a value still owed, earlier_year_owed
 * standing in for it with `lags` (owedInGap: 数据发布后请先补填（…本行的滞后可能因此而来）, session 47), so the row still
 * offers 先补填 there; null for any other issue.
 */
export function gapYear(issue: CheckItem["issues"][number]): string | null {
  if (issue.params?.["lags"] === undefined) return null;
  if (issue.code === "earlier_year_owed") return String(issue.params["year"] ?? "") || null;
  if (issue.code !== "cumulative_gap") return null;
  return String(issue.params["years"] ?? "").split(",")[0] || null;
}
