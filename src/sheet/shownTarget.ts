import type { CheckItem } from "./CheckReport";

/**
 * A row's target as check's 目标 column and the 审核 sheet's show it: with the milestone's year where the year is judged
 * against a later milestone (`targetFor`, §3 our reading, trial47b F3): 300（2025 年目标）, so it is not read as the plan's
 * 目标(2035) 560 the form's heading names (trial47d F4); the bare target otherwise (a figure the 审核 sheet keeps a number).
 */
export function shownTarget(item: Pick<CheckItem, "target" | "targetFor">, lang: "zh" | "en"): string {
  if (item.targetFor === undefined || item.target.trim() === "") return item.target;
  return lang === "zh" ? `${item.target}（${item.targetFor} 年目标）` : `${item.target} (${item.targetFor} target)`;
}
