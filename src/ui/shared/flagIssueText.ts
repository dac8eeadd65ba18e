import type { CheckItem } from "../../sheet/CheckReport";
import { describeIssueBody } from "../../domain/describeIssueBody";
import type { Lang } from "./i18n";
import { labelColon } from "../../domain/labelColon";

/**
 * An issue as the pane's flag list shows it under its sheet's heading: `K4：填写的是文本…` (en `K4: …`),
 * the sheet dropped since the heading names it (trial 25c: 16 flags repeated 工作表「衢州市主要指标目标表」K4：
 * at 330 px). An issue about another sheet keeps its whole place; one with no place is shown as it is.
 * In the pane's engine chunk (ui/shared/engine), with the issue catalogue: the first bundle stays small (issue 19).
 */
export function flagIssueText(issue: CheckItem["issues"][number], sheet: string, lang: Lang): string {
  const message = lang === "en" ? issue.messageEn : issue.message;
  if (issue.sheet !== undefined && issue.sheet !== sheet) return message;
  const body = describeIssueBody(issue, lang);
  // a message made otherwise than describeIssue(issue) is shown whole
  if (!message.endsWith(body)) return message;
  return issue.cell === undefined ? body : `${issue.cell}${labelColon(lang)}${body}`;
}
