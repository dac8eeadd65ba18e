import type { Template } from "./TemplateSchema";

/**
 * What a template's change record (its indicators' `revisions` and its `removed` rows', written by `rollover --from`) says of
 * its mid-term amendments: `year` the latest year one took effect, `count` how many targets or
 * baselines were revised, rows added and rows removed, in all. Absent when the template records none (a plan file, a return never
 * moved onto an amended version). Pure.
 */
export interface AmendmentRecord {
  year: number;
  count: number;
}

/** The change record of `t` (see AmendmentRecord); undefined when it records no revision. */
export function amendmentRecord(t: Template): AmendmentRecord | undefined {
  if (t.kind !== "indicators") return undefined;
  // a row removed is one revision too (its entry on `removed`): a second amendment that only removes rows is still newer
  const revisions = [...t.indicators, ...(t.removed ?? [])].flatMap((d) => d.revisions ?? []);
  if (!revisions.length) return undefined;
  return { year: Math.max(...revisions.map((r) => r.year)), count: revisions.length };
}
