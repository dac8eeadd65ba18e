/**
 * The comment (批注) `rollover` puts on a cell of YEAR_FIGURE_KEYS it leaves blank (the workbook's language, Chinese):
 * last year's figure as the old return held it (`value`, as typed), of its year `from`, and what to type for `year`:
 * "上年（2024 年）累计完成投资：38.5 亿元。请填写截至 2025 年底的累计完成投资（亿元）。" (evaluation-rules §4, our reading).
 */
export function carriedReference(value: string, from: number, year: number): string {
  return `上年（${from} 年）累计完成投资：${value} 亿元。请填写截至 ${year} 年底的累计完成投资（亿元）。`;
}
