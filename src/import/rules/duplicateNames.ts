import { squash } from "../text";

/** An indicator as duplicateNames compares it: its name and part (`城镇` / `农村` rows of one name differ). */
export interface NamedRow {
  name: string;
  part?: string | undefined;
}

/**
 * Indicators of one table with the same name (and part), as pairs of indexes: each later one with
 * the first of its name. A plan does not list an indicator twice, so one of the two is probably
 * mistyped or lacks what tells them apart; both stay loaded and are said (B.json r05 and r06).
 */
export function duplicateNames(rows: readonly NamedRow[]): Array<{ first: number; again: number }> {
  const seen = new Map<string, number>();
  const out: Array<{ first: number; again: number }> = [];
  rows.forEach((r, i) => {
    const key = `${squash(r.name)}\u0000${squash(r.part ?? "")}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push({ first, again: i });
  });
  return out;
}
