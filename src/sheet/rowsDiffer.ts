import type { CheckReport } from "./CheckReport";

/**
 * The first template a return shares by id with another but with other rows (templateRows), or
 * null: two versions of one imported plan (imported again with a row more or less keeps its
 * id, and its row ids r01… then name other indicators) cannot be summed or graded as one, row
 * by row (a trial's report graded one town on another's indicator).
 */
export function rowsDiffer(a: CheckReport["templates"], b: CheckReport["templates"]): { id: string; title: string } | null {
  for (const t of a) {
    const o = b.find((x) => x.id === t.id);
    if (o && o.rows !== t.rows) return { id: t.id, title: t.title };
  }
  return null;
}
