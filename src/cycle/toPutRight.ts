import type { UnitFacts } from "./UnitFacts";

/**
 * What a unit's counted return still has to put right, as `summary` chases it (trial29c F5: the
 * terminal named the units to chase for rows 未填报 but not those with errors or unexplained lags):
 * `errors`, the ledger's 错误数 (the parts of lock's blockers added up, blockerCount), to be sent back and
 * corrected; `lags`, its 未说明的滞后 (lagging or severe rows without a 说明 and without a
 * reviewer's 已说明, lagsOf), to be explained. Both are the ledger sheet's own counts, or 0 when
 * the unit is not chased for them: only a return 已报 or 退回 is (未报 has no return counted; 通过
 * was accepted as it is, as isIncomplete leaves it); a return held at 已报（通过未生效） has its
 * errors named on its own line (summary_held, the same count), not twice.
 */
export function toPutRight(f: Pick<UnitFacts, "state" | "errors" | "unexplainedLags" | "held">): { errors: number; lags: number } {
  if (f.state !== "已报" && f.state !== "退回") return { errors: 0, lags: 0 };
  return { errors: f.held ? 0 : f.errors, lags: f.unexplainedLags };
}
