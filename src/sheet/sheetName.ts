import type { Template } from "../templates/TemplateSchema";
import { titleWithRegion } from "../templates/titleWithRegion";
import { META_SHEET } from "./keys";

const FORBIDDEN = /[\\/?*[\]:']/g;

/** A title's trailing 表 after the words an indicator table's title ends in (主要指标表, 目标表); not 一览表, 对照表, 表2. */
const BARE_TABLE = /(指标|目标)表$/;

/** Names Excel reserves (History) or we use (the metadata sheet); compared case-insensitively. */
const RESERVED = ["history", META_SHEET.toLowerCase()];

/**
 * A sheet name for a template: region and table, the region in front only where the table does not
 * name the place (templates/titleWithRegion, as the title row and the cover say it: an imported title
 * often names it, 2024 年嵊泗县…, “十三五”舟山… of 舟山市, which read 嵊泗县2024 年嵊泗县… when only a title
 * beginning with it counted), within Excel's 31 characters, unique as Excel compares names
 * (case-insensitively), never History or our metadata sheet's name. A tab named after the template's
 * title drops a bare 表 (BARE_TABLE) when the shorter name is free.
 */
export function sheetName(t: Template, taken: ReadonlySet<string>): string {
  const full = titleWithRegion({ title: t.source.table, region: t.region }).replace(FORBIDDEN, "");
  const lower = new Set([...taken].map((n) => n.toLowerCase()).concat(RESERVED));
  // a tab named after the plan's title (an imported table without a 表1 label) is the table itself: its
  // bare 表 after 指标 or 目标 is dropped (…主要指标表 → …主要指标) unless that name is taken; a seed's
  // table (表2, 主要指标目标表 beside its own title) keeps its name
  // a name cut within Excel's length never ends in the space it was cut at (…（2021—2035年）表1 , trial47b F8)
  const short = t.source.table === t.title ? full.replace(BARE_TABLE, "$1").slice(0, 28).trimEnd() : "";
  const base = (short !== "" && !lower.has(short.toLowerCase()) ? short : full.slice(0, 28).trimEnd()) || "指标";
  let name = base;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${base.slice(0, 28).trimEnd()}(${i})`;
  return name;
}
