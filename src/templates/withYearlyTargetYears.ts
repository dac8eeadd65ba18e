import type { Template } from "./TemplateSchema";

/**
 * `t` with `yearlyTargetYears` holding every year an indicator's `yearlyTargets` names (with those
 * it listed), ascending; `t` itself when nothing is to add. The engine grades a year by the row's
 * own `yearlyTargets` (targetForYear) while the sheet writes a yearly target column, and its
 * formulas, only for the years listed: a manager who added `yearlyTargets` to a row by hand (as the
 * CLI reference, docs/cli-reference.md, says) without listing the year had the sheet say 滞后 48.3% where check said 已达标 105.9%
 * (trial K). A year outside the plan's period is then refused as any listed year is (periodProblems).
 */
export function withYearlyTargetYears(t: Template): Template {
  if (t.kind !== "indicators") return t;
  const years = new Set(t.yearlyTargetYears);
  for (const d of t.indicators) for (const y of Object.keys(d.yearlyTargets ?? {})) years.add(Number(y));
  if (years.size === t.yearlyTargetYears.length) return t;
  return { ...t, yearlyTargetYears: [...years].sort((a, b) => a - b) };
}
