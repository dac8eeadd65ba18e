import { cellText, type CellValue } from "../domain/CellValue";
import { completedDoubt } from "../domain/completedDoubt";
import type { Issue } from "../domain/Issue";

/** Why an earlier 累计完成投资 is no amount, in a few words: a date, 万元, a share, a number typed as text, else check's refusal. */
function unusableWhy(issue: Issue): string {
  const doubt = completedDoubt([issue]);
  if (doubt) return doubt.kind === "date" ? "疑似日期" : "疑似按万元填写";
  if (issue.code === "project_completed_date") return "疑似日期";
  if (issue.code === "project_completed_share") return "像是完成比例，不是金额";
  if (issue.code === "text_number") return "填的是文本，不是数值";
  return "不是可用的金额";
}

/**
 * The reference a change of year leaves on a cell of YEAR_FIGURE_KEYS it empties (the workbook's language, Chinese):
 * last year's figure as the old return held it (`value`, its text as typed, trimmed), of its year `from`, and what to
 * type for `year`: "上年（2024 年）累计完成投资：38.5 亿元。请填写截至 2025 年底的累计完成投资（亿元）。"
 * (evaluation-rules §4, our reading). `unusable`: the old check's issue that makes the figure no amount (unusableReferences:
 * 2024.6 a date, 85% a share): it is named as typed, never as 亿元 (trial40f F5): "上年（2023 年）填的「2024.6」未被采用
 * （疑似日期），请填写截至 2024 年底的累计完成投资（亿元）。" `rollover` puts it in the cell's comment (批注), the pane's
 * roll-over in the cell's input prompt (cycle/rolledReferences: a comment needs ExcelApi 1.10, the pane's floor is 1.8).
 */
export function carriedReference(value: CellValue, from: number, year: number, unusable: Issue | null = null): string {
  if (unusable) return `上年（${from} 年）填的「${cellText(value).trim()}」未被采用（${unusableWhy(unusable)}），请填写截至 ${year} 年底的累计完成投资（亿元）。`;
  return `上年（${from} 年）累计完成投资：${cellText(value).trim()} 亿元。请填写截至 ${year} 年底的累计完成投资（亿元）。`;
}
