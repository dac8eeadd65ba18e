import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/**
 * A row whose yearly targets are "no target" (`—`, `/`, empty: evaluation-rules §1) in some years
 * while another year (or the final target) has one: §3 reads those years 不适用, so the row is not
 * checked until its first target, and a trial's 农业科技进步贡献率 (`—` 2021–24, 65 in 2025) went
 * unchecked without a word. The rule stays; the import says it, one report per row, naming the
 * years. Runs after yearlyColumns, which sets the yearly targets.
 */
export const yearsWithoutTarget: ColumnRule = (d) => {
  const yearly = d.add.yearlyTargets;
  if (!yearly) return;
  const none = (t: string): boolean => parseTarget(t, d.unit === "%").kind === "none";
  const years = Object.keys(yearly).map(Number).sort((a, b) => a - b);
  const without = years.filter((y) => none(yearly[String(y)] ?? ""));
  const withTarget = years.filter((y) => !without.includes(y));
  // the final target stands for its year when the table has no yearly column for it
  const end = d.header.targetYear;
  if (end !== null && end !== undefined && !years.includes(end) && !none(d.target)) withTarget.push(end);
  if (without.length === 0 || withTarget.length === 0) return;
  const written = [...new Set(without.map((y) => (yearly[String(y)] ?? "").trim()))];
  d.report("yearly-no-target", { name: d.name, years: without, written, withTarget });
};
