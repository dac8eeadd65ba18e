import type { EvaluationRow } from "./EvaluationReport";

/**
 * The reporting year's own target a row was graded by, as written (69.5), where it is not the
 * plan's target (a yearly target table, §3 yearly targets); undefined otherwise, and where the year
 * has no target (`/`, `—`: the row is 不适用 that year, graded by nothing; trial 28a listed
 * 长期护理保险覆盖人数 /（规划目标 全覆盖） among the rows 按 2023 年度目标评估). The 附表's 目标值,
 * `report --json`'s `yearTarget` and the terminal's line say it (a trial's 附表 showed only 72). So is a later
 * milestone's target a year without its own is judged against (`graded.milestone`: 2023 against 2025's ≥93.5 in a
 * 2021–2035 plan, trial47b F3), said with the milestone's year.
 */
export function yearOwnTarget(r: Pick<EvaluationRow, "graded" | "target">): string | undefined {
  const { targetText: own, target } = r.graded.result;
  return (r.graded.yearly || r.graded.milestone !== undefined) && target.kind !== "none" && own !== r.target ? own : undefined;
}
