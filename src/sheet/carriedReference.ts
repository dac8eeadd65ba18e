import { cellText, type CellValue } from "../domain/CellValue";

/**
 * The reference a change of year leaves on a cell of YEAR_FIGURE_KEYS it empties (the workbook's language, Chinese):
 * last year's figure as the old return held it (`value`, its text as typed, trimmed), of its year `from`, and what to
 * type for `year`: "上年（2024 年）累计完成投资：38.5 亿元。请填写截至 2025 年底的累计完成投资（亿元）。"
 * (evaluation-rules §4, our reading). `rollover` puts it in the cell's comment (批注), the pane's roll-over in the cell's
 * input prompt (cycle/rolledReferences: a comment needs ExcelApi 1.10, the pane's floor is 1.8).
 */
export function carriedReference(value: CellValue, from: number, year: number): string {
  return `上年（${from} 年）累计完成投资：${cellText(value).trim()} 亿元。请填写截至 ${year} 年底的累计完成投资（亿元）。`;
}
