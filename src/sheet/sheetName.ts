import type { Template } from "../templates/TemplateSchema";

const FORBIDDEN = /[\\/?*[\]:']/g;

/** A sheet name for a template: region and table, within Excel's 31 characters, unique. */
export function sheetName(t: Template, taken: ReadonlySet<string>): string {
  const base = `${t.region}${t.source.table}`.replace(FORBIDDEN, "").slice(0, 28) || "指标";
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 28)}(${i})`;
  return name;
}
