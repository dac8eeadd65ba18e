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
  const b = lockBlockers(report);
  const sep = lang === "en" ? ", " : "、";
  return cycleMessage("lock_blockers", { invalid: b.invalid, nOver: b.overwritten.length, over: b.overwritten.join(sep), nOther: b.other.length, other: b.other.join(sep),
    nFormula: b.formulas.reduce((n, f) => n + f.rows, 0), formulaSheets: b.formulas.map((f) => f.sheet).join(sep),
    nMissing: b.sheetsMissing.length, missing: b.sheetsMissing.map((t) => (lang === "en" ? `"${t}"` : `「${t}」`)).join(sep) }, lang);
}
