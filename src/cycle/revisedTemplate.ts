import type { IndicatorRevision } from "../domain/IndicatorRevision";
import type { RemovedIndicator } from "../domain/RemovedIndicator";
import { indicatorLabel } from "../templates/indicatorLabel";
import type { Template } from "../templates/TemplateSchema";
import type { AmendedTemplate } from "./amendedTemplate";
import type { AmendmentYears } from "./AmendmentYears";

/**
 * The amended template (rollover --from) as the new return of `year` stores it: each indicator
 * keeps the revisions its row carried in `old` (matched by `a.oldOf`, as the values are), and one
 * is added for `year` where its target or baseline as written changed (a.changes), so the report
 * can say the plan was revised (evaluation-rules §6, our reading), dated by `years` where other returns
 * already record the same change (the amendment's year, not the year this unit was moved: AmendmentYears).
 * An added row records that it was added (`added: true`); a row of `old` the amended version no longer has is recorded on
 * the template's `removed` list (its id, its name and its revisions, the last `{year, removed: true}`), after those `old`
 * recorded already, so the report can name it (trial35 M9). A template of projects or reforms is returned as it is. Pure.
 */
export function revisedTemplate(old: Template, amended: Template, a: AmendedTemplate, year: number, years?: AmendmentYears): Template {
  if (amended.kind !== "indicators") return amended;
  const before = new Map(old.kind === "indicators" ? old.indicators.map((d) => [d.id, d.revisions ?? []] as const) : []);
  // a row whose unit changed (万元 → 元) is the old row measured otherwise: neither added nor removed (trial39e F2)
  const unitOf = new Map(a.changes.flatMap((c) => (c.kind === "unit" ? [[c.id, c] as const] : [])));
  const rows = amended.indicators.map((d) => {
    const unit = unitOf.get(d.id);
    const o = a.oldOf.get(d.id) ?? unit?.oldId;
    const kept = o === undefined ? [] : before.get(o) ?? [];
    // a row the revision added records that (trial35 M9: the report said the changed target, not the added row)
    const added: IndicatorRevision = unit ? { year, unit: { from: unit.old, to: unit.new } } : o === undefined ? { year, added: true } : { year };
    for (const c of a.changes) {
      if (c.id === d.id && (c.kind === "target" || c.kind === "baseline")) added[c.kind] = { from: c.old, to: c.new };
    }
    if (years) added.year = years.yearOf(amended.id, d.id, added, year);
    return { d, kept, added };
  });
  // an added row belongs to the same amendment as the targets it changed: dated with them, so a county moved a year
  // late says one amendment year for the whole revision (trial35 M4 with M9)
  const changed = rows.filter((x) => x.added.target || x.added.baseline || x.added.unit).map((x) => x.added.year);
  const amendedIn = changed.length ? Math.min(...changed) : undefined;
  // a row the revision removed (matched to none of the amended version's): named with its name in the plan before,
  // dated with the amendment as an added row is
  const matched = new Set([...a.oldOf.values(), ...[...unitOf.values()].map((c) => c.oldId)]);
  const gone: RemovedIndicator[] = old.kind !== "indicators" ? [] : old.indicators.filter((d) => !matched.has(d.id)).map((d) => {
    const removed: IndicatorRevision = { year: years ? years.yearOf(amended.id, d.id, { removed: true }, year) : year, removed: true };
    if (amendedIn !== undefined) removed.year = Math.min(removed.year, amendedIn);
    return { id: d.id, name: indicatorLabel(d), revisions: [...(d.revisions ?? []), removed] };
  });
  const removed = [...(old.kind === "indicators" ? old.removed ?? [] : []), ...gone];
  // the plan file's own `removed`, if any, gives way to what the returns recorded, as its `revisions` do
  const plan = { ...amended };
  delete plan.removed;
  return {
    ...plan,
    ...(removed.length ? { removed } : {}),
    indicators: rows.map(({ d, kept, added }) => {
      if (added.added && amendedIn !== undefined) added.year = Math.min(added.year, amendedIn);
      const revisions = added.target || added.baseline || added.unit || added.added ? [...kept, added] : kept;
      // the plan file's own field, if any, gives way to the revisions the returns recorded
      const next = { ...d };
      delete next.revisions;
      return revisions.length ? { ...next, revisions } : next;
    }),
  };
}
