/** A workbook counted as its cover unit's return that also holds other units' returns (mergedUnits). */
export interface MergedFile {
  file: string;
  /** the 填报单位 on its cover, the unit it is counted for ("" when blank) */
  unit: string;
  /** the units whose returns it also holds, not counted for them */
  units: string[];
  /** the unit the sheet counted is itself named after (the cover unit's own sheet deleted): its figures went to `unit` */
  read?: string;
  /** of `units`, those that also sent a return of their own, counted for them (absent when none) */
  sent?: string[];
}

/**
 * The returns counted that hold other units' returns merged into them (`summary --json`'s and
 * `report --json`'s `merged`), in the order given: each said on the terminal with what to do
 * (cycleMessages `merged_returns`), the units it names chased as 未报 (UnitFacts.mergedIn), but for
 * those that also sent their own return (`sent`: another counted return's unit).
 */
export function mergedFiles(counted: ReadonlyArray<{ file: string; unit: string; merged?: { units: string[]; read?: string } }>): MergedFile[] {
  const own = new Set(counted.map((x) => x.unit));
  return counted.flatMap((x) => {
    if (!x.merged?.units.length) return [];
    const sent = x.merged.units.filter((u) => own.has(u));
    return [{ file: x.file, unit: x.unit, units: x.merged.units, ...(x.merged.read ? { read: x.merged.read } : {}), ...(sent.length ? { sent } : {}) }];
  });
}
