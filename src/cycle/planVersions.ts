import type { PlanVersionDetail } from "../domain/UnusableReason";
import type { AmendmentRecord } from "../templates/amendmentRecord";
import { newestVersion } from "./newestVersion";
import { planIdentity } from "../templates/planIdentity";
import { titleWithRegion } from "../templates/titleWithRegion";

/**
 * A return as the choice of plan version reads it: its templates (ids, titles, regions: 地区, absent for none; rows:
 * templateRows, change record) and its rows' names by template.
 */
export interface PlanVersionFacts {
  templates: ReadonlyArray<{ id: string; title: string; region?: string | undefined; rows: string; amended?: AmendmentRecord | undefined }>;
  rows: Iterable<{ template: string; name: string }>;
}

/** A return made from another plan or another version of the plan than the one used (planVersions). */
export interface PassedOverVersion {
  file: string;
  unit: string;
  reason: "other_plan" | "other_version";
  version: PlanVersionDetail;
}

/** The versions no plurality decides between: each with its files, and how it differs from the first (absent for the first). */
export interface TiedVersions {
  reason: "other_plan" | "other_version";
  groups: Array<{ files: string[]; version?: PlanVersionDetail }>;
}

export type PlanChoice =
  | { ok: true; passedOver: PassedOverVersion[] }
  | { ok: false; tied: TiedVersions; passedOver: PassedOverVersion[] }
  | { ok: false; named: PassedOverVersion };

/** At most this many rows' names are said of a version; the rest counted (PlanVersionDetail.more). */
const NAMED_ROWS = 5;

/**
 * Which plan, and which version of it, a set of returns is summed or evaluated on, and the returns
 * made from others (a sibling plan's form, last year's form of a plan since imported again with rows
 * added or dropped). The rule (docs/evaluation-rules.md "Our reading"): the plan the 报送台账 records as
 * distributed, else the one most units' returns were made from, then of it the version whose change record
 * shows it amends the others (newestVersion: rollover --from's revisions), however few units hold it, else the
 * version (its rows, templateRows) most units' returns were made from; a unit counts once (its 填报单位, else its file).
 * A return on a version the amended one supersedes is passed over as such (PlanVersionDetail.superseded). A return on another is passed over with
 * what differs; none is chosen when the first two are held by as many units (`tied`), nor when a
 * file named on the command line (`explicit`) is to be passed over (`named`): the user named it to be used.
 * A return's rows' names are kept once per version, so memory stays flat in the number of returns.
 */
export class PlanVersions {
  private readonly files: Array<{ file: string; unit: string; explicit: boolean; plan: string; version: string }> = [];
  private readonly versions = new Map<string, { titles: string; ids: string; names: Map<string, string[]>; records: Array<AmendmentRecord | undefined> }>();

  add(file: string, unit: string, explicit: boolean, r: PlanVersionFacts): void {
    const plan = planIdentity(r.templates.map((t) => t.id));
    const version = r.templates.map((t) => `${t.id}:${t.rows}`).sort().join(",");
    this.files.push({ file, unit, explicit, plan, version });
    if (this.versions.has(version)) return;
    const names = new Map<string, string[]>();
    for (const row of r.rows) {
      const list = names.get(row.template) ?? [];
      list.push(row.name);
      names.set(row.template, list);
    }
    // named as its sheets print it, the region in front (titleWithRegion, as `templates` lists it: trial41a F5 read
    // 「“十四五”公共服务主要指标目标表」 of a file whose cover says 舟山市“十四五”公共服务主要指标目标表)
    this.versions.set(version, { titles: r.templates.map((t) => titleWithRegion({ title: t.title, region: t.region ?? "" })).join("」「"), ids: r.templates.map((t) => t.id).join("、"), names, records: r.templates.map((t) => t.amended) });
  }

  /**
   * The choice over the files of `only` (the returns of the year used), else over all added. `distributed`:
   * the template ids the 报送台账 records (distribute's): that plan, when some return is on it, is the plan used.
   */
  choose(only?: ReadonlySet<string>, distributed?: readonly string[]): PlanChoice {
    const live = this.files.filter((f) => !only || only.has(f.file));
    if (new Set(live.map((f) => f.version)).size <= 1) return { ok: true, passedOver: [] };
    const ledger = distributed?.length ? planIdentity(distributed) : undefined;
    const plan = ledger !== undefined && live.some((f) => f.plan === ledger) ? { tied: false as const, key: ledger } : plurality(live, (f) => f.plan);
    if (plan.tied) return { ok: false, tied: this.tied("other_plan", live, (f) => f.plan, plan.keys), passedOver: [] };
    const inPlan = live.filter((f) => f.plan === plan.key);
    // the version that amends the others is current whatever its count (a plan amended mid-term: the old forms are many at first)
    const newest = newestVersion([...new Set(inPlan.map((f) => f.version))].map((key) => ({ key, records: this.versions.get(key)?.records ?? [] })));
    const version = newest ? { tied: false as const, key: newest.key } : plurality(inPlan, (f) => f.version);
    // the returns on other plans are said even so: one run names every file that will not be used
    const sample = inPlan[0]?.version ?? "";
    const otherPlans = live.filter((f) => f.plan !== plan.key).map((f): PassedOverVersion => ({ file: f.file, unit: f.unit, reason: "other_plan", version: this.detail(f.version, version.tied ? sample : version.key) }));
    if (version.tied) return { ok: false, tied: this.tied("other_version", inPlan, (f) => f.version, version.keys), passedOver: otherPlans };
    const passedOver = [...otherPlans, ...inPlan.filter((f) => f.version !== version.key).map((f): PassedOverVersion => ({
      file: f.file, unit: f.unit, reason: "other_version", version: { ...this.detail(f.version, version.key), ...(newest ? { superseded: newest.year } : {}) },
    }))].sort((a, b) => live.findIndex((f) => f.file === a.file) - live.findIndex((f) => f.file === b.file));
    const named = passedOver.find((p) => live.some((f) => f.file === p.file && f.explicit));
    return named ? { ok: false, named } : { ok: true, passedOver };
  }

  private tied(reason: TiedVersions["reason"], files: typeof this.files, key: (f: (typeof this.files)[number]) => string, keys: string[]): TiedVersions {
    const first = files.find((f) => key(f) === keys[0]);
    return {
      reason,
      groups: keys.map((k, i) => {
        const of = files.filter((f) => key(f) === k);
        const sample = of[0];
        return { files: of.map((f) => f.file), ...(i > 0 && sample && first ? { version: { ...this.detail(sample.version, first.version), tied: true as const } } : {}) };
      }),
    };
  }

  /**
   * How version `v` differs from `current`: its plans' titles (with their template ids when another plan bears the same
   * titles: trial39e F1's 「X」…「X」), and the rows' names it lacks and adds.
   */
  private detail(v: string, current: string): PlanVersionDetail {
    const a = this.versions.get(v);
    const b = this.versions.get(current);
    const missing: string[] = [];
    const extra: string[] = [];
    for (const [template, names] of b?.names ?? []) {
      const own = a?.names.get(template);
      if (!own) continue;
      const has = new Set(own);
      const had = new Set(names);
      missing.push(...names.filter((n) => !has.has(n)));
      extra.push(...own.filter((n) => !had.has(n)));
    }
    const more = Math.max(0, missing.length - NAMED_ROWS) + Math.max(0, extra.length - NAMED_ROWS);
    const twins = a !== undefined && b !== undefined && a.titles === b.titles && a.ids !== b.ids;
    return { own: a?.titles ?? "", current: b?.titles ?? "", ...(twins ? { ids: { own: a.ids, current: b.ids } } : {}), missing: missing.slice(0, NAMED_ROWS), extra: extra.slice(0, NAMED_ROWS), more };
  }
}

/** The key most units hold (a unit once: its 填报单位, else its file), or the keys tied for most, most first. */
function plurality<F extends { file: string; unit: string }>(files: readonly F[], key: (f: F) => string): { tied: false; key: string } | { tied: true; keys: string[] } {
  const units = new Map<string, Set<string>>();
  for (const f of files) {
    const k = key(f);
    const set = units.get(k) ?? new Set<string>();
    set.add(f.unit || `\u0000${f.file}`);
    units.set(k, set);
  }
  const ranked = [...units.entries()].sort((x, y) => y[1].size - x[1].size);
  const [top, next] = ranked;
  if (top && (!next || top[1].size > next[1].size)) return { tied: false, key: top[0] };
  return { tied: true, keys: ranked.map(([k]) => k) };
}
