import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "../domain/Status";
import type { CheckItem } from "./CheckReport";
import { issueText } from "./issueText";

/**
 * A 审核 row's 问题: its warnings and errors (not infos) in check's words (issueText: a message
 * said of several cells once, after them; the cells named when they are not the row's 位置 `cell`
 * alone); a row flagged by its status alone says the status; "" for a row not flagged with nothing
 * to say. `zh` is the sheet's column (the workbook stays Chinese); `en` is the same words from the
 * same issues (their messageEn), for the pane's list in English.
 */
export function reviewIssue(item: Pick<CheckItem, "issues" | "status">, cell: string, flagged: boolean, lang: "zh" | "en"): string {
  const issues = issueText(item.issues, cell, lang);
  if (issues) return issues;
  return flagged ? (lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN)[item.status as Status] : "";
}
