import type { Template } from "../templates/TemplateSchema";

/**
 * The column keys whose cells hold one of the add-in's formulas on every row of a template's sheet,
 * in the order a problem names them (the visible status and progress first, then the hidden steps):
 * indicatorSheet's writeFormulas (x, bad:<year> for each input year, bad, v, p, met, status,
 * progress), projectSheet's (status, progress) and reformSheet's (status). `keys`: the sheet's key row.
 */
export function ownFormulaKeys(kind: Template["kind"], keys: Iterable<string>): string[] {
  if (kind === "reforms") return ["status"];
  if (kind === "projects") return ["status", "progress"];
  return ["status", "progress", "x", ...[...keys].filter((k) => /^bad:\d{4}$/.test(k)), "bad", "v", "p", "met"];
}
