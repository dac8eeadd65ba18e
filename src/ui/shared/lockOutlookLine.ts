import type { LockRefusal } from "../../cycle/lockRefusals";
import { lockRefusalLine } from "../../cli/lockRefusalLine";
import type { CheckReport } from "../../sheet/CheckReport";
import { t, type Lang } from "./i18n";

/** How many rows a reason names before it says only how many there are: fewer than lock's 10 (runLock LAGS_NAMED), in a narrow pane. */
const NAMED = 3;

/**
 * The pane's one line on whether `plan-returns lock` would lock the open return, after 生成审核表 and after 校验
 * (lockReading, the one reading for both): 可以锁定…, or 不能锁定… with each reason lock would refuse it for
 * (lockRefusals) numbered, in lock's own words (lockRefusalLine, as `review` lists them), each naming NAMED rows
 * and how many in all. No reason asks for `review` to be run first: the pane's own way to mark each 待复核 row
 * and each change since a lock on the 审核 sheet is 生成审核表, which has just run or is beside 校验's result.
 * Source: docs/cli-reference.md (lock).
 */
export function lockOutlookLine(refusals: readonly LockRefusal[], report: CheckReport, lang: Lang): string {
  if (refusals.length === 0) return t(lang, "review.lockOk");
  const marked = (x: LockRefusal): LockRefusal =>
    x.code === "stale" ? { ...x, unmarked: 0 } : x.code === "changed" ? { ...x, changes: x.changes.map((c) => ({ ...c, marked: true })) } : x;
  const reasons = refusals.map((x, i) => `${i + 1}. ${lockRefusalLine(marked(x), { file: "", report, named: NAMED, lang }, 1)}`);
  return t(lang, "review.lockRefused", { n: refusals.length, reasons: reasons.join(lang === "en" ? " " : "") });
}
