import type { Template } from "./TemplateSchema";

/**
 * What a template's change record (its indicators' `revisions`, written by `rollover --from`) says of
 * its mid-term amendments: `year` the latest year one took effect, `count` how many targets or
 * baselines were revised in all. Absent when the template records none (a plan file, a return never
 * moved onto an amended version). Pure.
 */
export interface AmendmentRecord {
  year: number;
  count: number;
}

/** The change record of `t` (see AmendmentRecord); undefined when it records no revision. */
export function amendmentRecord(t: Template): AmendmentRecord | undefined {
  if (t.kind !== "indicators") return undefined;
  const revisions = t.indicators.flatMap((d) => d.revisions ?? []);
  if (!revisions.length) return undefined;
  return { year: Math.max(...revisions.map((r) => r.year)), count: revisions.length };
}
