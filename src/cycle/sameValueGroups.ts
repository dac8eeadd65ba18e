/** One return as the likeness of values sees it: its file, its cover's 填报单位, and the fingerprint of its values by indicator and year (tableContent's `values`). */
export interface ValuesOf { file: string; unit: string; hash: string }

/**
 * The returns of two or more units alike in every value (trial35 M2; trial37c F6), one group per content, so
 * `summary` and `report` say one line per group naming them all, in one order: the expected units' (`listed`, the
 * ledger's or --units), then the others by file path. A unit is named once (its first file); a cover left blank
 * names no unit and joins no group (twoUnits: a copy with its unit blanked is the same return twice, refused or
 * passed over elsewhere). `counted`: the files counted (countedReturns' `counted`, after the plan's versions and the years
 * are chosen): only those are compared, so a unit's superseded version, a copy filed under another unit's name or a file
 * passed over never makes a group nor is named in one (trial43b F1: summary named 云和县's first version, not the one it
 * summed, where report named none). Returns are alike by `hash`, their values by indicator and year (tableContent), never
 * by cell position: a blank row inserted or rows sorted is the same values (trial43b F1).
 * Shape: groups of at least two members, each group in that order, the groups by their first member.
 */
export function sameValueGroups(returns: readonly ValuesOf[], listed: readonly string[], counted: ReadonlySet<string>): ValuesOf[][] {
  const byHash = new Map<string, ValuesOf[]>();
  for (const r of returns) {
    if (r.unit.trim() === "" || !counted.has(r.file)) continue;
    const group = byHash.get(r.hash) ?? [];
    if (!group.some((x) => x.unit.trim() === r.unit.trim())) group.push(r);
    byHash.set(r.hash, group);
  }
  const rank = (r: ValuesOf): number => { const i = listed.indexOf(r.unit.trim()); return i < 0 ? listed.length : i; };
  const order = (a: ValuesOf, b: ValuesOf): number => rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const groups = [...byHash.values()].filter((g) => g.length > 1).map((g) => [...g].sort(order));
  return groups.sort((a, b) => order(a[0]!, b[0]!));
}
