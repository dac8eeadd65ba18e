import type { IndicatorRevision } from "../domain/IndicatorRevision";
import type { Template } from "../templates/TemplateSchema";
import type { AmendedTemplate } from "./amendedTemplate";
import type { AmendmentYears } from "./AmendmentYears";

/**
 * The amended template (rollover --from) as the new return of `year` stores it: each indicator
 * keeps the revisions its row carried in `old` (matched by `a.oldOf`, as the values are), and one
 * is added for `year` where its target or baseline as written changed (a.changes), so the report
 * can say the plan was revised (evaluation-rules §6, our reading), dated by `years` where other returns
 * already record the same change (the amendment's year, not the year this unit was moved: AmendmentYears).
 * An added row records that it was added (`added: true`); a template of projects or reforms is returned as it is. Pure.
 */
export function revisedTemplate(old: Template, amended: Template, a: AmendedTemplate, year: number, years?: AmendmentYears): Template {
  if (amended.kind !== "indicators") return amended;
  const before = new Map(old.kind === "indicators" ? old.indicators.map((d) => [d.id, d.revisions ?? []] as const) : []);
  return {
    ...amended,
    indicators: amended.indicators.map((d) => {
      const o = a.oldOf.get(d.id);
      const kept = o === undefined ? [] : before.get(o) ?? [];
      // a row the revision added records that (trial35 M9: the report said the changed target, not the added row)
      const added: IndicatorRevision = o === undefined ? { year, added: true } : { year };
      for (const c of a.changes) {
        if (c.id === d.id && (c.kind === "target" || c.kind === "baseline")) added[c.kind] = { from: c.old, to: c.new };
      }
      if (years) added.year = years.yearOf(amended.id, d.id, added, year);
      const revisions = added.target || added.baseline || added.added ? [...kept, added] : kept;
      // the plan file's own field, if any, gives way to the revisions the returns recorded
      const next = { ...d };
      delete next.revisions;
      return revisions.length ? { ...next, revisions } : next;
    }),
  };
}
