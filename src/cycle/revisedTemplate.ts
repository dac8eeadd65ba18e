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
  const rows = amended.indicators.map((d) => {
    const o = a.oldOf.get(d.id);
    const kept = o === undefined ? [] : before.get(o) ?? [];
    // a row the revision added records that (trial35 M9: the report said the changed target, not the added row)
    const added: IndicatorRevision = o === undefined ? { year, added: true } : { year };
    for (const c of a.changes) {
      if (c.id === d.id && (c.kind === "target" || c.kind === "baseline")) added[c.kind] = { from: c.old, to: c.new };
    }
    if (years) added.year = years.yearOf(amended.id, d.id, added, year);
    return { d, kept, added };
  });
  // an added row belongs to the same amendment as the targets it changed: dated with them, so a county moved a year
  // late says one amendment year for the whole revision (trial35 M4 with M9)
  const changed = rows.filter((x) => x.added.target || x.added.baseline).map((x) => x.added.year);
  const amendedIn = changed.length ? Math.min(...changed) : undefined;
  return {
    ...amended,
    indicators: rows.map(({ d, kept, added }) => {
      if (added.added && amendedIn !== undefined) added.year = Math.min(added.year, amendedIn);
      const revisions = added.target || added.baseline || added.added ? [...kept, added] : kept;
      // the plan file's own field, if any, gives way to the revisions the returns recorded
      const next = { ...d };
      delete next.revisions;
      return revisions.length ? { ...next, revisions } : next;
    }),
  };
}
