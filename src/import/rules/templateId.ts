import { fnv1a } from "../../templates/fnv1a";
import type { IndicatorDef } from "../../templates/TemplateSchema";

/** What of an indicator goes into the id: the row as read (not its source text, whose spacing may differ between pastes). */
export type IdRow = Pick<IndicatorDef, "domain" | "number" | "name" | "part" | "unit" | "baseline" | "target" | "yearlyTargets">;

/**
 * The id of an imported template when none is given: a readable slug of the period and a short
 * stable hash (`imported-2020-2025-3f9a1c2b`). An indicator table with a title is known by title, region,
 * period and its indicators (domain, 序号, name, part, unit) but not their values, so a corrected baseline or
 * target imported again keeps the id (and the workbooks made from it), while another table of the same
 * title (a trial's two 云岭县 tables shared imported-2025-2026-da92b6e1) or the plan with rows added,
 * removed or renamed gets its own (an amended plan keeps the old one with `--id`). A table without a
 * title is known by its values too, so two untitled tables of one period never share it. The same
 * table imported twice gets the same id. `kind`: a project or reform list's id is known by its kind
 * too (a plan's 项目清单 and 改革清单 may share title and period), and with a title by title, region,
 * period and kind alone.
 */
export function templateId(title: string, region: string, baselineYear: number, targetYear: number, rows: readonly IdRow[], kind: "indicators" | "projects" | "reforms" = "indicators"): string {
  const named = title !== "";
  const content = rows.map((d) => {
    const who = [d.domain, d.number, d.name, d.part ?? "", d.unit];
    if (named) return who.join("\u0001");
    const yearly = Object.entries(d.yearlyTargets ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([y, v]) => `${y}=${v}`).join(",");
    return [...who, d.baseline, d.target ?? "", yearly].join("\u0001");
  }).join("\u0002");
  const key = `${title}\u0000${region}\u0000${baselineYear}-${targetYear}${kind === "indicators" ? "" : `\u0000${kind}`}`;
  // a titled list: title, region, period and kind (its items' identity is not hashed)
  return `imported-${baselineYear}-${targetYear}-${fnv1a(named && kind !== "indicators" ? key : `${key}\u0000${content}`)}`;
}
