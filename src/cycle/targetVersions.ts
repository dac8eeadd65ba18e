import { fnv1a } from "../templates/fnv1a";
import type { AmendmentRecord } from "../templates/amendmentRecord";
import { newestVersion } from "./newestVersion";

/** One indicator row of a return as the comparison of targets reads it: where it is, and its target and attribute as written. */
export interface TargetRowFacts {
  template: string;
  id: string;
  name: string;
  target: string;
  attribute: string;
  /** the row's sheet and status cell in that return, for the 问题清单's link */
  sheet?: string;
  cell?: string;
}

/**
 * An indicator whose target or attribute differs between the returns summed (one plan's versions: a
 * target amended mid-period and re-imported under its id, a county filling the old form). `versions`:
 * each target and attribute with the units (and their files and the row's place in them) whose returns
 * carry it, the current first; `current`: whether that first one is current: the one whose change record
 * shows it amends the others (`amended`: that amendment's year), else held by more units than any other
 * (else none is said to be current); `fields`: which of the two differ.
 */
export interface TargetDifference {
  template: string;
  id: string;
  name: string;
  fields: Array<"target" | "attribute">;
  current: boolean;
  amended?: number;
  versions: Array<{ target: string; attribute: string; units: Array<{ unit: string; file: string; sheet?: string; cell?: string }> }>;
}

/**
 * The targets and attributes of the returns summed or evaluated, compared (trial K: 北岭县 filled the
 * form from before 城镇化率 70 → 72, 医师数 预期性 → 约束性, and was summed and graded with the others
 * without a word). Each return is kept as a hash of its rows' targets; the rows themselves once per
 * distinct hash, so memory stays flat in the number of returns. The current version is the one whose
 * change record shows it amends the others (newestVersion, as PlanVersions chooses), else the one most
 * units' returns carry (the stored template records no import time to tell the newest by).
 */
export class TargetVersions {
  private readonly byHash = new Map<string, { rows: TargetRowFacts[]; files: Array<{ unit: string; file: string }>; records: Array<AmendmentRecord | undefined> }>();

  /** `records`: the return's templates' change records (CheckReport templates' `amended`), which tell the amended version. */
  add(unit: string, file: string, rows: Iterable<TargetRowFacts>, records: ReadonlyArray<AmendmentRecord | undefined> = []): void {
    const list = [...rows];
    const hash = fnv1a(list.map((r) => `${r.template}\u0001${r.id}\u0001${r.target}\u0001${r.attribute}`).join("\u0002"));
    const known = this.byHash.get(hash);
    if (known) known.files.push({ unit, file });
    else this.byHash.set(hash, { rows: list, files: [{ unit, file }], records: [...records] });
  }

  /** The indicators that differ among the returns of `only` (the files counted), else among all added; none when all agree. */
  differences(only?: ReadonlySet<string>): TargetDifference[] {
    const counted = [...this.byHash.values()].map((g) => ({ rows: g.rows, records: g.records, files: g.files.filter((f) => !only || only.has(f.file)) })).filter((g) => g.files.length > 0);
    if (counted.length <= 1) return [];
    // the amended version first, whatever its count; else the most units' first
    const newest = newestVersion(counted.map((g) => ({ key: g, records: g.records })));
    const groups = counted.sort((a, b) => Number(b === newest?.key) - Number(a === newest?.key) || b.files.length - a.files.length);
    const current = newest !== undefined || (groups[0]?.files.length ?? 0) > (groups[1]?.files.length ?? 0);
    const rows = new Map<string, { first: TargetRowFacts; values: Map<string, TargetDifference["versions"][number]> }>();
    for (const g of groups) {
      for (const r of g.rows) {
        const key = `${r.template}\u0000${r.id}`;
        const entry = rows.get(key) ?? { first: r, values: new Map() };
        const v = `${r.target}\u0000${r.attribute}`;
        const version = entry.values.get(v) ?? { target: r.target, attribute: r.attribute, units: [] };
        version.units.push(...g.files.map((f) => ({ ...f, ...(r.sheet ? { sheet: r.sheet } : {}), ...(r.cell ? { cell: r.cell } : {}) })));
        entry.values.set(v, version);
        rows.set(key, entry);
      }
    }
    return [...rows.values()].filter((e) => e.values.size > 1).map(({ first, values }) => {
      const versions = [...values.values()];
      const fields: TargetDifference["fields"] = [
        ...(new Set(versions.map((v) => v.target)).size > 1 ? ["target" as const] : []),
        ...(new Set(versions.map((v) => v.attribute)).size > 1 ? ["attribute" as const] : []),
      ];
      return { template: first.template, id: first.id, name: first.name, fields, current, ...(newest ? { amended: newest.year } : {}), versions };
    });
  }
}
