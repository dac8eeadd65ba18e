import { catalog } from "../../src/templates/catalog";
import type { IndicatorDef, IndicatorTemplate } from "../../src/templates/TemplateSchema";

/** Every indicator row of every seed template, for table-driven tests. */
export function seedIndicatorRows(): Array<[string, IndicatorTemplate, IndicatorDef]> {
  const rows: Array<[string, IndicatorTemplate, IndicatorDef]> = [];
  for (const t of catalog()) {
    if (t.kind !== "indicators") continue;
    for (const d of t.indicators) rows.push([`${t.id} ${d.id} ${d.name}${d.part ? " " + d.part : ""}`, t, d]);
  }
  return rows;
}

export function indicatorTemplate(id: string): IndicatorTemplate {
  const t = catalog().find((x) => x.id === id);
  if (!t || t.kind !== "indicators") throw new Error(`no indicator template ${id}`);
  return t;
}
