import { matchRowsAcross, type RowsAcross } from "../templates/matchRowsAcross";
import type { CheckItem, CheckReport } from "./CheckReport";
import { rowsDiffer } from "./rowsDiffer";

/** A template two returns share by id, in versions with other rows: how its rows correspond. */
export interface TemplateAcross {
  template: string;
  title: string;
  rows: RowsAcross;
  /** the rows by id on each side (for their names) */
  older: ReadonlyMap<string, CheckItem>;
  newer: ReadonlyMap<string, CheckItem>;
}

/** How the rows of two returns correspond (rowsAcrossReturns). */
export interface RowsAcrossReturns {
  /** the templates shared by id whose rows differ (a mid-term adjustment: templateRows), matched by matchRowsAcross */
  differ: TemplateAcross[];
  /** the older return's id of the newer's row: the same id where the versions agree; undefined where the older has none (another plan, a row added) */
  olderId(template: string, id: string): string | undefined;
}

/**
 * The rows of `older` that are the rows of `newer` (two checked returns: last year's and this
 * year's, two versions of one return, the city's and a county's): by template and row id where
 * both carry one version of a template, by what the rows are (matchRowsAcross: name and unit)
 * where they carry two versions of one id (rowsDiffer: another row set), whose positional ids
 * name other indicators. Templates one of them lacks share no row.
 */
export function rowsAcrossReturns(older: CheckReport, newer: CheckReport): RowsAcrossReturns {
  const differ: TemplateAcross[] = [];
  for (const t of newer.templates) {
    if (!rowsDiffer([t], older.templates)) continue;
    const of = (r: CheckReport): Map<string, CheckItem> => new Map(r.items.filter((i) => i.template === t.id).map((i) => [i.id, i] as const));
    const o = of(older);
    const n = of(newer);
    const rows = matchRowsAcross([...o.values()], [...n.values()]);
    differ.push({ template: t.id, title: t.title, rows, older: o, newer: n });
  }
  const shared = new Set(newer.templates.filter((t) => older.templates.some((x) => x.id === t.id)).map((t) => t.id));
  const byTemplate = new Map(differ.map((d) => [d.template, new Map(d.rows.pairs.map((p) => [p.newer, p.older] as const))] as const));
  return {
    differ,
    olderId: (template, id) => (!shared.has(template) ? undefined : byTemplate.get(template)?.get(id) ?? (byTemplate.has(template) ? undefined : id)),
  };
}
