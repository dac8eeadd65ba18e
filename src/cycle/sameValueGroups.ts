/** One return as the likeness of values sees it: its file, its cover's 填报单位, and the hash of its content (returnContent). */
export interface ValuesOf { file: string; unit: string; hash: string }

/**
 * The returns of two or more units alike in every value (trial35 M2; trial37c F6), one group per content, so
 * `summary` and `report` say one line per group naming them all, in one order: the expected units' (`listed`, the
 * ledger's or --units), then the others by file path. A unit is named once (its first file); a cover left blank
 * names no unit and joins no group (twoUnits: a copy with its unit blanked is the same return twice, refused or
 * passed over elsewhere). `keep` says which files are counted (a file passed over later is left out of its group).
 * Shape: groups of at least two members, each group in that order, the groups by their first member.
 */
export function sameValueGroups(returns: readonly ValuesOf[], listed: readonly string[] = [], keep: (file: string) => boolean = () => true): ValuesOf[][] {
  const byHash = new Map<string, ValuesOf[]>();
  for (const r of returns) {
    if (r.unit.trim() === "" || !keep(r.file)) continue;
    const group = byHash.get(r.hash) ?? [];
    if (!group.some((x) => x.unit.trim() === r.unit.trim())) group.push(r);
    byHash.set(r.hash, group);
  }
  const rank = (r: ValuesOf): number => { const i = listed.indexOf(r.unit.trim()); return i < 0 ? listed.length : i; };
  const order = (a: ValuesOf, b: ValuesOf): number => rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const groups = [...byHash.values()].filter((g) => g.length > 1).map((g) => [...g].sort(order));
  return groups.sort((a, b) => order(a[0]!, b[0]!));
}
