import { nameInText } from "../domain/nameInText";
import { normalizeText } from "../domain/normalizeText";
import { sameUnit } from "../domain/sameUnit";

/** A row of one version of a plan, as the matching reads it: its id, its name (an indicator's with its part: indicatorLabel) and unit. */
export interface AcrossRow { id: string; name: string; unit: string }

/** How the rows of two versions of one plan correspond (matchRowsAcross). */
export interface RowsAcross {
  /** one pair per indicator in both, in the newer version's order; `renamed` when only a spelling the plans use for one word tells them apart (单位GDP能耗 / 单位地区生产总值能源消耗) */
  pairs: Array<{ older: string; newer: string; renamed?: true }>;
  /** ids of the older version's rows that match none of the newer's (本年已删去), in its order */
  dropped: string[];
  /** ids of the newer version's rows that match none of the older's (上年的表中没有), in its order */
  added: string[];
  /**
   * of `dropped` and `added`, the rows of one name whose units disagree (人均地区生产总值 万元 / 元), one to one, in the
   * newer version's order: one indicator measured otherwise, so not paired (its values are another measure)
   */
  unitChanged: Array<{ older: string; newer: string }>;
}

/**
 * Two spellings of one word in indicator names (the left is written as the right before a second
 * comparison): a mid-term table often spells out what the first abbreviated. Only whole words of
 * one meaning: never a word that changes what is counted.
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/gdp/g, "地区生产总值"],
  [/能源消耗/g, "能耗"],
  // 空气质量优良天数比率/比例: official tables write both for one ratio (trial33's mid-term table renamed it; three years were left behind)
  [/比率/g, "比例"],
];

/** A name as two versions of a plan may spell one indicator: whitespace, widths and case aside, 其中： dropped, and a trailing (unit) that is the row's unit left off. */
function nameKey(name: string, unit: string): string {
  // NFKC: full-width letters too (ＰＭ２．５), which normalizeText leaves
  let k = normalizeText(nameInText(name)).normalize("NFKC").toLowerCase();
  const u = normalizeText(unit).normalize("NFKC").toLowerCase();
  if (u && k.endsWith(`(${u})`)) k = k.slice(0, -(u.length + 2));
  return k;
}

function spelledKey(name: string, unit: string): string {
  return SPELLINGS.reduce((k, [re, word]) => k.replace(re, word), nameKey(name, unit));
}

const unitsAgree = (a: string, b: string): boolean => (a.trim() === "" && b.trim() === "") || sameUnit(a, b);

/**
 * Which rows of two versions of one plan (`older`, `newer`: the rows of one template id in each,
 * in order) are the same indicator, when a mid-term adjustment (中期调整) dropped, added, moved or
 * renamed rows, so that their positional ids (r01, r02…) name other indicators. Rows match by name
 * (normalised: nameKey), then by name with one word's spellings made alike (SPELLINGS, `renamed`);
 * a pair's units must agree (sameUnit), and the id decides only between rows of one name. Every
 * match is one-to-one: a name that two rows of one side share pairs only rows of one id, so two rows that
 * are not the same indicator are never paired. Pure.
 */
export function matchRowsAcross(older: readonly AcrossRow[], newer: readonly AcrossRow[]): RowsAcross {
  const pairedOld = new Map<string, { newer: string; renamed: boolean }>();
  const pairedNew = new Set<string>();
  // rows one name left ambiguous: no later pass pairs them either
  const held = new Set<AcrossRow>();
  const pass = (key: (r: AcrossRow) => string, renamed: boolean): void => {
    const groups = new Map<string, { o: AcrossRow[]; n: AcrossRow[] }>();
    const group = (k: string): { o: AcrossRow[]; n: AcrossRow[] } => {
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { o: [], n: [] }));
      return g;
    };
    for (const r of older) if (!pairedOld.has(r.id) && !held.has(r)) group(key(r)).o.push(r);
    for (const r of newer) if (!pairedNew.has(r.id) && !held.has(r)) group(key(r)).n.push(r);
    const pair = (o: AcrossRow, n: AcrossRow): void => {
      pairedOld.set(o.id, { newer: n.id, renamed: renamed && nameKey(o.name, o.unit) !== nameKey(n.name, n.unit) });
      pairedNew.add(n.id);
    };
    for (const { o, n } of groups.values()) {
      // the units must agree
      const agree = (x: AcrossRow, y: AcrossRow): boolean => unitsAgree(x.unit, y.unit);
      if (o.length > 1 || n.length > 1) {
        // two rows of one name (a part under each of two indicators): only the same id is the same row
        for (const x of o) {
          const y = n.find((r) => r.id === x.id);
          if (y && agree(x, y)) pair(x, y);
        }
        for (const r of [...o, ...n]) held.add(r);
        continue;
      }
      const [x] = o;
      const [y] = n;
      if (x && y && agree(x, y)) pair(x, y);
    }
  };
  pass((r) => nameKey(r.name, r.unit), false);
  pass((r) => spelledKey(r.name, r.unit), true);
  const oldOf = new Map([...pairedOld].map(([o, p]) => [p.newer, { older: o, renamed: p.renamed }] as const));
  const pairs: RowsAcross["pairs"] = [];
  for (const r of newer) {
    const p = oldOf.get(r.id);
    if (p) pairs.push({ older: p.older, newer: r.id, ...(p.renamed ? { renamed: true as const } : {}) });
  }
  const dropped = older.filter((r) => !pairedOld.has(r.id));
  const added = newer.filter((r) => !pairedNew.has(r.id));
  // a name (without its unit) that one dropped row and one added row alone bear: the unit changed (trial39e F2)
  const only = (rows: AcrossRow[], k: string): AcrossRow | undefined => {
    const of = rows.filter((r) => nameKey(r.name, r.unit) === k);
    return of.length === 1 ? of[0] : undefined;
  };
  const unitChanged = added.flatMap((n) => {
    const k = nameKey(n.name, n.unit);
    const o = only(dropped, k);
    return o && only(added, k) === n && !unitsAgree(o.unit, n.unit) ? [{ older: o.id, newer: n.id }] : [];
  });
  return { pairs, dropped: dropped.map((r) => r.id), added: added.map((r) => r.id), unitChanged };
}
