import { PLACEHOLDER_NAMES } from "../../import/placeholderNames";
import type { Template } from "../../templates/TemplateSchema";

/**
 * The title 读取 found in the table, or "" where the importer made one up (no title above the table:
 * PLACEHOLDER_NAMES title, listTitle). The one home of that test for the pane (readTitle, the 标题 box).
 */
export function tableTitleRead(x: Pick<Template, "kind" | "title" | "baselineYear" | "targetYear">): string {
  const made = x.kind === "indicators" ? PLACEHOLDER_NAMES.title(x.baselineYear, x.targetYear) : PLACEHOLDER_NAMES.listTitle(x.kind, x.baselineYear, x.targetYear);
  return x.title === made ? "" : x.title;
}
