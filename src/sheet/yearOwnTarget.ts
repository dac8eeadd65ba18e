import type { EvaluationRow } from "./EvaluationReport";

/**
 * The reporting year's own target a row was graded by, as written (69.5), where it is not the
 * plan's target (a yearly target table, §3 yearly targets); undefined otherwise. The 附表's 目标值,
 * `report --json`'s `yearTarget` and the terminal's line say it (a trial's 附表 showed only 72).
 */
export function yearOwnTarget(r: Pick<EvaluationRow, "graded" | "target">): string | undefined {
  const own = r.graded.result.targetText;
  return r.graded.yearly && own !== r.target ? own : undefined;
}
