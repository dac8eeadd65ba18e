import type { CheckItem } from "./CheckReport";
import { issueText } from "./issueText";
import { clausesJoined } from "../domain/clausesJoined";
import { progressText } from "./progressText";
import { isPlanIssue } from "../domain/isPlanIssue";
import { missingDue } from "./flagReason";

/**
 * What a row's 问题 says, in `check`'s table and in the 审核 sheet's 问题 column alike (trial36 N4: check said
 * 倒退（1.62 对基期 1.85） where review repeated the status): a progress that went backwards, whole as progressText says it
 * (`倒退（1.62 对基期 1.85）`, the value against the baseline, §3a), or what a 未填报 row should hold (missingDue:
 * `未填报（序时应达 11.3）`), then the row's messages (issueText: `cell` is the row's
 * 位置), the plan's own issues left out (isPlanIssue: said once, after the table). Parts joined by `；` (`; ` in English);
 * "" when there is nothing to say.
 */
export function rowIssueText(item: Pick<CheckItem, "issues" | "progress" | "value" | "baseline" | "cumulative"> & Partial<Pick<CheckItem, "status" | "expectedValue" | "expectedStrict" | "target">>, cell: string, lang: "zh" | "en"): string {
  const p = item.progress;
  const backwards = p !== null && Number.isFinite(p) && p < 0 ? progressText(item, lang, 1) : missingDue(item, lang) ?? "";
  return clausesJoined([backwards, issueText(item.issues.filter((x) => !isPlanIssue(x)), cell, lang)].filter(Boolean), lang);
}
