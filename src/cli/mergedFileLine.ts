import type { MergedFile } from "../cycle/mergedFiles";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The terminal's line for a workbook holding other units' returns (mergedFiles), as `summary` and
 * `report` say it: what was `task`ed (only the cover unit's sheet), the units left out and what they
 * are to do; `ledger`: a list of units is in use, so they count as 未报.
 */
export function mergedFileLine(m: MergedFile, task: "summary" | "report", ledger: boolean, lang: Lang): string {
  return cycleMessage("merged_returns", { file: m.file, unit: m.unit, n: m.units.length, units: m.units.join(lang === "en" ? ", " : "、"), task, ...(ledger ? { ledger: 1 } : {}), ...(m.read ? { read: m.read } : {}), ...(m.sent ? { sent: m.sent.join(lang === "en" ? ", " : "、") } : {}) }, lang);
}
