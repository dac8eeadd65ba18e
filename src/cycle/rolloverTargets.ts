import type { TieCause } from "../domain/TieCause";
import { join } from "node:path";
import { unitFileName } from "./unitFileName";
import { versionOrder, type VersionBasis } from "./versionOrder";

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

/** A unit's returns not rolled over, and why the one rolled over was chosen. */
export interface PassedOver {
  unit: string;
  file: string;
  others: string[];
  laterYear: boolean;
  by?: VersionBasis;
}

/** What `rollover --out-dir` writes: one new return per unit, and the returns it passed over. */
export type RolloverTargets =
  | {
    ok: true;
    /** in the order the units first came, each named as `distribute` names it */
    targets: Array<{ file: string; unit: string; out: string }>;
    /**
     * a unit that sent several returns: the one rolled over and the others, passed over; `laterYear`
     * when some of them report on an earlier year, `by` how it was told from versions of its own year
     * (versionOrder), absent when it had none
     */
    passedOver: PassedOver[];
    /** each unit whose latest year's versions nothing tells apart (versionOrder's `tied`, oldest first): none rolled over */
    tied: Array<{ unit: string; files: string[]; cause: TieCause }>;
  }
  | { ok: false; clash: { a: string; b: string; name: string } };

/**
 * The new returns of `year` in `outDir` for `sources` (each with a 填报单位): one per unit, named
 * `<year>-<unit>.xlsx` as `distribute` names it (unitFileName). A unit that sent several returns
 * (two versions, or two years) is rolled over from the latest reporting year, then the newest of
 * that year's (versionOrder over them alone, as summary orders a year's versions: a recorded
 * replacement, else when saved, else the file's time); the others are named, with what decided. A
 * unit whose versions of that year nothing tells apart is not rolled over (`tied`), as `summary`
 * sums neither. Two units whose names give one file name
 * (case aside, as Windows and macOS compare them) are refused, as `distribute` refuses them.
 */
export function rolloverTargets(sources: readonly RollSource[], year: number, outDir: string): RolloverTargets {
  const byUnit = new Map<string, Array<RollSource & { order: number }>>();
  sources.forEach((s, order) => byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), { ...s, order }]));
  const names = new Map<string, string>();
  const targets: Array<{ file: string; unit: string; out: string }> = [];
  const passedOver: PassedOver[] = [];
  const tied: Array<{ unit: string; files: string[]; cause: TieCause }> = [];
  for (const [unit, list] of byUnit) {
    const name = unitFileName(unit, year);
    const clash = names.get(name.toLowerCase());
    if (clash !== undefined) return { ok: false, clash: { a: clash, b: unit, name } };
    names.set(name.toLowerCase(), unit);
    const latest = Math.max(...list.map((x) => x.year));
    const ofYear = list.filter((x) => x.year === latest);
    const { rank, by, tied: alike, cause } = versionOrder(ofYear);
    if (alike && cause) { tied.push({ unit, files: alike.map((x) => x.file), cause }); continue; }
    const [chosen, ...others] = [...list].sort((a, b) => b.year - a.year || rank(b) - rank(a));
    targets.push({ file: chosen!.file, unit, out: join(outDir, name) });
    if (others.length) {
      passedOver.push({
        unit, file: chosen!.file, others: others.sort((a, b) => a.order - b.order).map((x) => x.file),
        laterYear: ofYear.length < list.length, ...(ofYear.length > 1 ? { by } : {}),
      });
    }
  }
  return { ok: true, targets, passedOver, tied };
}
