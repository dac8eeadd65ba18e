/**
 * Markers kept in the workbook so a return is recognised by content, never by sheet name
 * or position: the key row (hidden row 2) names every column; A2 names the template.
 */
export const APP_MARK = "plan-returns";
export const KEY_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;
export const TITLE_ROW = 1;
export const YEAR_NAME = "报告年份";
export const UNIT_NAME = "填报单位";
export const META_SHEET = "_plan_returns_meta";

/** A2 of a template sheet: `plan-returns:template:<id>` */
export function templateMark(id: string): string {
  return `${APP_MARK}:template:${id}`;
}

export function parseTemplateMark(text: unknown): string | null {
  if (typeof text !== "string") return null;
  const prefix = `${APP_MARK}:template:`;
  return text.startsWith(prefix) ? text.slice(prefix.length) : null;
}

export const inKey = (y: number): string => `in:${y}`;
/** The year of an input column's key (`in:2023` → "2023"), or null for another key. */
export const inKeyYear = (k: string): string | null => (k.startsWith("in:") ? k.slice(3) : null);
export const targetKey = (y: number): string => `tgt:${y}`;
