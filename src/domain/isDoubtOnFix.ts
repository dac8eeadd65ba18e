import type { Issue } from "./Issue";

/**
 * Whether a cumulative row's doubt (§3 `running_total`, `level_typed`, `year_over_pace`) reads the number check's
 * fix would give, not a number the cell holds (`params.onFix`: the cell is text, 「２.８」, judged as 2.8 once fixed,
 * evaluateIndicator; trial38 F2). Such a doubt is part of that error's one statement (check's line, the 问题清单's
 * row for the cell): never a value to verify (valueToVerify), a row of its own, or the summary's 疑似累计数 line.
 */
export function isDoubtOnFix(i: Pick<Issue, "params">): boolean {
  return i.params?.["onFix"] !== undefined;
}
