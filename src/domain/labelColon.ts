import type { Lang } from "./describeIssue";

/**
 * What stands between a label (a file, a cell, a row's name) and what is said of it: the
 * full-width ："：" in Chinese text, ": " in English, so an English line carries no Chinese
 * punctuation (a trial found 「x.xlsx：…」 in `--lang en` output).
 */
export function labelColon(lang: Lang | undefined): string {
  return lang === "en" ? ": " : "：";
}
