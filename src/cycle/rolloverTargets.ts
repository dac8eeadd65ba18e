import { join } from "node:path";
import { unitFileName } from "./unitFileName";
import { versionOrder } from "./versionOrder";

/** A return to roll over: its file, 填报单位, reporting year, when it arrived (file mtime, ms) and when it says it was saved (ms). */
export interface RollSource {
  file: string;
  unit: string;
  year: number;
  receivedAt: number;
  savedAt?: number;
  content?: string;
  replaces?: string;
}

/** What `rollover --out-dir` writes: one new return per unit, and the returns it passed over. */
export type RolloverTargets =
  | {
    ok: true;
    /** in the order the units first came, each named as `distribute` names it */
    targets: Array<{ file: string; unit: string; out: string }>;
    /** a unit that sent several returns: the one rolled over and the others, passed over */
    passedOver: Array<{ unit: string; file: string; others: string[] }>;
  }
  | { ok: false; clash: { a: string; b: string; name: string } };

/**
 * The new returns of `year` in `outDir` for `sources` (each with a 填报单位): one per unit, named
 * `<year>-<unit>.xlsx` as `distribute` names it (unitFileName). A unit that sent several returns
 * (two versions, or two years) is rolled over from the latest reporting year, then the newest
 * (versionOrder: when saved, else the file's time), then the last given; the others are named. Two units whose names give one file name
 * (case aside, as Windows and macOS compare them) are refused, as `distribute` refuses them.
 */
export function rolloverTargets(sources: readonly RollSource[], year: number, outDir: string): RolloverTargets {
  const byUnit = new Map<string, Array<RollSource & { order: number }>>();
  sources.forEach((s, order) => byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), { ...s, order }]));
  const names = new Map<string, string>();
  const targets: Array<{ file: string; unit: string; out: string }> = [];
  const passedOver: Array<{ unit: string; file: string; others: string[] }> = [];
  for (const [unit, list] of byUnit) {
    const name = unitFileName(unit, year);
    const clash = names.get(name.toLowerCase());
    if (clash !== undefined) return { ok: false, clash: { a: clash, b: unit, name } };
    names.set(name.toLowerCase(), unit);
    const { rank } = versionOrder(list);
    const [chosen, ...others] = [...list].sort((a, b) => b.year - a.year || rank(b) - rank(a));
    targets.push({ file: chosen!.file, unit, out: join(outDir, name) });
    if (others.length) passedOver.push({ unit, file: chosen!.file, others: others.sort((a, b) => a.order - b.order).map((x) => x.file) });
  }
  return { ok: true, targets, passedOver };
}
