import { blockerCounts } from "../cycle/BLOCKER_WORDS";
import { lockBlockers } from "../cycle/lockBlockers";
import type { CheckReport } from "../sheet/CheckReport";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * What keeps the return from being locked, in check's units (lockBlockers): "数据异常 7 项、状态公式被改写
 * 1 处（S11）" / "7 invalid values (数据异常) and 1 status cell typed over (S11)"; "" when nothing does.
 * One text for lock's refusal and check's line under its totals.
 */
export function lockBlockersText(report: CheckReport, lang: Lang = "zh"): string {
  return cycleMessage("lock_blockers", { ...blockerCounts(lockBlockers(report), lang) }, lang);
}
