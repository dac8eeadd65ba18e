import { indicatorLabel } from "../templates/indicatorLabel";
import { matchRowsAcross, type AcrossRow } from "../templates/matchRowsAcross";
import type { Template } from "../templates/TemplateSchema";

/** One difference between a template and its amended version, as rollover --from lists it. */
export type TemplateChange =
  | { kind: "dropped"; id: string; name: string }
  | { kind: "added"; id: string; name: string; cumulative: boolean }
  | { kind: "renamed"; id: string; old: string; name: string }
  /** the same name with another unit (万元 → 元): not one measure, so not matched; `oldId` the old version's row */
  | { kind: "unit"; id: string; oldId: string; name: string; old: string; new: string }
  | { kind: "target" | "attribute" | "baseline"; id: string; name: string; old: string; new: string };

/** How a return's template maps onto its amended version (amendedTemplate). */
export interface AmendedTemplate {
  /** the amended version's row id → the old version's row id, for every row of the same indicator */
  oldOf: Map<string, string>;
  /** the old version's row ids (every row of its sheet is the template's, none a person's own) */
  oldIds: Set<string>;
  /** what changed, in the amended version's order, then the rows dropped in the old one's */
  changes: TemplateChange[];
}

/** A template's rows as matchRowsAcross reads them: an indicator's label and unit; a project's or reform's name. */
function rowsOf(t: Template): AcrossRow[] {
  return t.kind === "indicators" ? t.indicators.map((d) => ({ id: d.id, name: indicatorLabel(d), unit: d.unit }))
    : t.kind === "projects" ? t.projects.map((p) => ({ id: p.id, name: p.name, unit: "" }))
      : t.reforms.map((r) => ({ id: r.id, name: r.name, unit: "" }));
}

/**
 * The rows of `old` (the template a return carries) that are rows of `amended` (the same plan
 * amended mid-term, 中期调整: imported again with the same id), matched by what they are
 * (matchRowsAcross: name and unit, never by positional id), and every change a manager must see
 * when the returns move onto it: rows dropped, rows added (a cumulative one, 〔〕, counts its blank
 * earlier years as 0), rows renamed, and an indicator's target, attribute (约束性/预期性) or baseline
 * as written. A row added of the name of a row dropped, its unit another, is one change of unit (trial39e F2: it was
 * listed as both 新增 and 删去 of one name): its values are not carried nor converted, the rules being silent on
 * converting a unit (docs/evaluation-rules.md §6, our reading). Pure; the caller checks that the ids agree.
 */
export function amendedTemplate(old: Template, amended: Template): AmendedTemplate {
  const oldRows = rowsOf(old);
  const newRows = rowsOf(amended);
  const m = matchRowsAcross(oldRows, newRows);
  const oldOf = new Map(m.pairs.map((p) => [p.newer, p.older] as const));
  const nameOf = (rows: AcrossRow[], id: string): string => rows.find((r) => r.id === id)?.name ?? id;
  const defs = (t: Template): Map<string, { target: string; attribute: string; baseline: string; cumulative: boolean }> =>
    new Map(t.kind === "indicators" ? t.indicators.map((d) => [d.id, { target: d.target ?? "", attribute: d.attribute ?? "", baseline: d.baseline, cumulative: d.targetKind === "cumulative" }] as const) : []);
  const was = defs(old);
  const now = defs(amended);
  const changes: TemplateChange[] = [];
  for (const r of newRows) {
    const o = oldOf.get(r.id);
    if (o === undefined) { changes.push({ kind: "added", id: r.id, name: r.name, cumulative: now.get(r.id)?.cumulative ?? false }); continue; }
    const pair = m.pairs.find((p) => p.newer === r.id);
    if (pair?.renamed || nameOf(oldRows, o) !== r.name) changes.push({ kind: "renamed", id: r.id, old: nameOf(oldRows, o), name: r.name });
    const a = was.get(o);
    const b = now.get(r.id);
    if (!a || !b) continue;
    for (const kind of ["target", "attribute", "baseline"] as const) {
      if (a[kind] !== b[kind]) changes.push({ kind, id: r.id, name: r.name, old: a[kind], new: b[kind] });
    }
  }
  const unitOf = (rows: AcrossRow[], id: string): string => rows.find((r) => r.id === id)?.unit ?? "";
  for (const [i, c] of changes.entries()) {
    const u = c.kind === "added" ? m.unitChanged.find((x) => x.newer === c.id) : undefined;
    if (u) changes[i] = { kind: "unit", id: c.id, oldId: u.older, name: c.name, old: unitOf(oldRows, u.older), new: unitOf(newRows, c.id) };
  }
  const dropped = m.dropped.filter((id) => !m.unitChanged.some((x) => x.older === id));
  for (const id of dropped) changes.push({ kind: "dropped", id, name: nameOf(oldRows, id) });
  return { oldOf, oldIds: new Set(oldRows.map((r) => r.id)), changes };
}
