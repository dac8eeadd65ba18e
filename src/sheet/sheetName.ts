import type { Template } from "../templates/TemplateSchema";
import { META_SHEET } from "./keys";

const FORBIDDEN = /[\\/?*[\]:']/g;

/** Names Excel reserves (History) or we use (the metadata sheet); compared case-insensitively. */
const RESERVED = ["history", META_SHEET.toLowerCase()];

/**
 * A sheet name for a template: region and table (the region once: an imported title often begins
 * with it), within Excel's 31 characters, unique as Excel compares names (case-insensitively), never
 * History or our metadata sheet's name.
 */
export function sheetName(t: Template, taken: ReadonlySet<string>): string {
  const region = t.source.table.startsWith(t.region) ? "" : t.region;
  const base = `${region}${t.source.table}`.replace(FORBIDDEN, "").slice(0, 28) || "指标";
  const lower = new Set([...taken].map((n) => n.toLowerCase()).concat(RESERVED));
  let name = base;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)}(${i})`;
  return name;
}
