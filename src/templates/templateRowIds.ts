import type { Template } from "./TemplateSchema";

/** The ids of a template's rows (indicators, projects or reforms), in the template's order. */
export function templateRowIds(t: Template): string[] {
  return t.kind === "indicators" ? t.indicators.map((d) => d.id) : t.kind === "projects" ? t.projects.map((p) => p.id) : t.reforms.map((r) => r.id);
}
