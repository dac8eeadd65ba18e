import { describeIssue, type Lang } from "./describeIssue";
import type { Issue } from "./Issue";

/**
 * An issue's words without its place: describeIssue of the issue with its sheet and cell left out
 * (`单位栏为空（或为“—”），按指标名称推断单位为「比」`, not `工作表「…」K15：…`), for a line that names the place
 * its own way (check's plan notes: `K15 城乡居民收入比：…`; the pane's flag under its sheet's heading: `K15：…`).
 */
export function describeIssueBody(issue: Issue, lang: Lang = "zh"): string {
  const { sheet, cell, ...words } = issue;
  void sheet;
  void cell;
  return describeIssue(words, lang);
}
