import { describeIssue, type Lang } from "./describeIssue";
import type { Issue } from "./Issue";

/**
 * An issue's words without its place: describeIssue of the issue with its sheet and cell left out
 * (`规划未写单位，单位栏的「比」是按指标名称推断填入的…`, not `工作表「…」D15：…`), for a line that names the place
 * its own way (check's plan notes: `D15 城乡居民收入比：…`; the pane's flag under its sheet's heading: `D15：…`).
 */
export function describeIssueBody(issue: Issue, lang: Lang = "zh"): string {
  const { sheet, cell, ...words } = issue;
  void sheet;
  void cell;
  return describeIssue(words, lang);
}
