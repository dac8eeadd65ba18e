import { fnv1a } from "../../templates/fnv1a";
import type { IndicatorDef } from "../../templates/TemplateSchema";

/** What of an indicator goes into the id: the row as read (not its source text, whose spacing may differ between pastes). */
export type IdRow = Pick<IndicatorDef, "domain" | "number" | "name" | "part" | "unit" | "baseline" | "target" | "yearlyTargets">;

/**
 * The id of an imported template when none is given: a readable slug of the period and a short
 * stable hash (`imported-2020-2025-3f9a1c2b`). A table with a title is known by title, region and
 * period, so a corrected value imported again keeps the id (and the workbooks made from it, as
 * before); a table without a title (two untitled tables of one period) is known by its rows as
 * read too. The same table imported twice gets the same id. `kind`: a project or reform list's id is
 * known by its kind too (a plan's 项目清单 and 改革清单 may share title and period); an indicator table's
 * id is as it always was.
 */
export function templateId(title: string, region: string, baselineYear: number, targetYear: number, rows: readonly IdRow[], kind: "indicators" | "projects" | "reforms" = "indicators"): string {
  const named = title !== "";
  const content = named ? "" : rows.map((d) => {
    const yearly = Object.entries(d.yearlyTargets ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([y, v]) => `${y}=${v}`).join(",");
    return [d.domain, d.number, d.name, d.part ?? "", d.unit, d.baseline, d.target ?? "", yearly].join("\u0001");
  }).join("\u0002");
  const key = `${title}\u0000${region}\u0000${baselineYear}-${targetYear}${kind === "indicators" ? "" : `\u0000${kind}`}`;
  return `imported-${baselineYear}-${targetYear}-${fnv1a(named ? key : `${key}\u0000${content}`)}`;
}
