import { describeIssue } from "../domain/describeIssue";
import type { Issue } from "../domain/Issue";
import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "../domain/Status";

/**
 * A 审核 row's 问题: its warnings and errors (not infos), each told without its sheet and cell (the
 * row names them), joined; a row flagged by its status alone says the status; "" for a row not
 * flagged with nothing to say. `zh` is the sheet's column (the workbook stays Chinese); `en` is the
 * same words from the same issue data (describeIssue), for the pane's list in English.
 */
export function reviewIssue(item: { issues: readonly Issue[]; status: Status }, flagged: boolean, lang: "zh" | "en"): string {
  const issues = item.issues.filter((x) => x.severity !== "info").map((x) => {
    const bare: Issue = { ...x };
    delete bare.sheet;
    delete bare.cell;
    return describeIssue(bare, lang);
  });
  if (issues.length) return issues.join(lang === "zh" ? "；" : "; ");
  return flagged ? (lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN)[item.status] : "";
}
