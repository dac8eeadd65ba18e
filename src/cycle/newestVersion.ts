import type { AmendmentRecord } from "../templates/amendmentRecord";

/**
 * Of the versions of one plan that returns were made on, the one whose change record shows it
 * amends every other (docs/evaluation-rules.md "Our reading", plan versions): the version whose
 * templates record a mid-term amendment of a later year than any other's, or of the same year with
 * more revisions (a second amendment keeps the first's records and adds its own). That version is
 * current however few units' returns are on it (a manager's trial: right after the amendment more
 * counties held the old form, and the amended returns were set aside). `records`: each version's
 * templates' records (amendmentRecord; undefined for a template with none). Undefined when no version
 * records an amendment, or two are alike in it: the caller then falls back to its count of units.
 * Pure; one rule for summary, report, check, rollover and the pane.
 */
export function newestVersion<K>(versions: ReadonlyArray<{ key: K; records: ReadonlyArray<AmendmentRecord | undefined> }>): { key: K; year: number } | undefined {
  const ranked = versions.map((v) => {
    const own = v.records.filter((r): r is AmendmentRecord => r !== undefined);
    return { key: v.key, year: own.length ? Math.max(...own.map((r) => r.year)) : 0, count: own.reduce((n, r) => n + r.count, 0) };
  }).sort((a, b) => b.year - a.year || b.count - a.count);
  const [top, next] = ranked;
  if (!top || top.count === 0) return undefined;
  if (next && next.year === top.year && next.count === top.count) return undefined;
  return { key: top.key, year: top.year };
}
