/** Before this year a date cell's day is read as a number typed into a date-formatted cell (100 shows as 1900-04-09), not a date meant. */
const FIRST_MEANT_YEAR = 1950;

/**
 * What a date (or time) cell in a number's place holds, in check's words (evaluation-rules §2): a number typed into a
 * date-formatted cell (`shown` before 1950, or any time) — 单元格为日期格式，100 显示为 1900-04-09 / the cell has a date
 * format: 100 shows as 1900-04-09 — or a date typed — 单元格为日期格式，填的是日期 2023-12-31 / the cell has a date format and
 * holds the date 2023-12-31. `shown`: the cell's text as read (ISO day, or the time), `n`: its stored number (serial).
 * One home for check's not_a_number (describeIssue) and the change lines of diff, the 审核 sheet and 版本变化 (changeWords).
 */
export function dateCellText(shown: string, n: number, lang: "zh" | "en", time = false): string {
  const stored = Number(n.toPrecision(12));
  if (numberShownAsDate(shown, time)) return lang === "zh" ? `单元格为${time ? "时间" : "日期"}格式，${stored} 显示为 ${shown}` : `the cell has a ${time ? "time" : "date"} format: ${stored} shows as ${shown}`;
  return lang === "zh" ? `单元格为日期格式，填的是日期 ${shown}` : `the cell has a date format and holds the date ${shown}`;
}

/** Whether the date cell showing `shown` holds a number typed into it (a time, or a day before 1950), not a date typed: dateCellText's first case. */
export function numberShownAsDate(shown: string, time = false): boolean {
  return time || Number(shown.slice(0, 4)) < FIRST_MEANT_YEAR;
}
