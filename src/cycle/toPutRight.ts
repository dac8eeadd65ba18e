import type { LockBlockers } from "./lockBlockers";
import type { UnitFacts } from "./UnitFacts";

/**
 * What a unit's counted return still has to put right, as `summary` chases it (trial29c F5: the
 * terminal named the units to chase for rows 未填报 but not those with errors or unexplained lags):
 * `errors`, the ledger's 错误数 (the parts of lock's blockers added up, blockerCount) less the cells changed
 * since the lock, to be sent back and corrected, `blockers` what they are (lockBlockers without `changed`; absent
 * when none); `changed`, the cells changed since the lock (LockBlockers.changed), for the reviewer to re-check and
 * accept (通过 / 已说明) or send back, as check, review and lock ask (trial38 F4: summary sent them to the unit to
 * correct); `lags`, its 未说明的滞后 (lagging or severe rows without a 说明 and without a reviewer's 已说明, lagsOf),
 * to be explained. All are the ledger sheet's own counts, or 0 / [] when the unit is not chased for them: only a return
 * 已报 or 退回 is (未报 has no return counted; 通过 was accepted as it is, as isIncomplete leaves it); a return held at
 * 已报（通过未生效） has its errors named on its own line (summary_held, the same count), not twice.
 */
export function toPutRight(f: Pick<UnitFacts, "state" | "errors" | "unexplainedLags" | "held" | "blockers">): { errors: number; lags: number; changed: readonly string[]; blockers?: LockBlockers } {
  if (f.state !== "已报" && f.state !== "退回") return { errors: 0, lags: 0, changed: [] };
  if (f.held) return { errors: 0, lags: f.unexplainedLags, changed: [] };
  const changed = f.blockers?.changed ?? [];
  const errors = f.errors - changed.length;
  if (!f.blockers || errors <= 0) return { errors: Math.max(errors, 0), lags: f.unexplainedLags, changed };
  const { changed: _changed, ...blockers } = f.blockers;
  void _changed;
  return { errors, lags: f.unexplainedLags, changed, blockers };
}
