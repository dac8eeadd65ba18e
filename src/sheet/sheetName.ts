import type { Template } from "../templates/TemplateSchema";
import { titleWithRegion } from "../templates/titleWithRegion";
import { META_SHEET } from "./keys";

const FORBIDDEN = /[\\/?*[\]:']/g;

/** Names Excel reserves (History) or we use (the metadata sheet); compared case-insensitively. */
const RESERVED = ["history", META_SHEET.toLowerCase()];

/**
 * A sheet name for a template: region and table, the region in front only where the table does not
 * name the place (templates/titleWithRegion, as the title row and the cover say it: an imported title
 * often names it, 2024 年嵊泗县…, “十三五”舟山… of 舟山市, which read 嵊泗县2024 年嵊泗县… when only a title
 * beginning with it counted), within Excel's 31 characters, unique as Excel compares names
 * (case-insensitively), never History or our metadata sheet's name.
 */
export function sheetName(t: Template, taken: ReadonlySet<string>): string {
  const base = titleWithRegion({ title: t.source.table, region: t.region }).replace(FORBIDDEN, "").slice(0, 28) || "指标";
  const lower = new Set([...taken].map((n) => n.toLowerCase()).concat(RESERVED));
  let name = base;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)}(${i})`;
  return name;
}
